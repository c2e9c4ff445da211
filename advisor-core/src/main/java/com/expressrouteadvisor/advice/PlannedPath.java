package com.expressrouteadvisor.advice;

/**
 * Rule conclusion: the best-ranked recommendation, the path the prerequisites are checked against (whether the
 * customer runs the routing, which bandwidths the model offers, whether MACsec covers encryption). Concluded
 * once per evaluation in the {@code review} stage; there is none when no model fits.
 */
public record PlannedPath(ConnectivityModel model, Layer layer) {

    public static PlannedPath of(Recommendation best) {
        return new PlannedPath(best.model(), best.layer());
    }

    /** Whether the customer runs BGP with Microsoft on its own routers (Layer 2, ExpressRoute Direct). */
    public boolean customerRoutes() {
        return layer == Layer.LAYER2;
    }
}
