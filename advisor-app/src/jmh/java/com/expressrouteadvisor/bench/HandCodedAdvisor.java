package com.expressrouteadvisor.bench;

import com.expressrouteadvisor.advice.AdviceTexts;
import com.expressrouteadvisor.advice.ConnectivityModel;
import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.GapCatalog;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.advice.Layer;
import com.expressrouteadvisor.advice.OpenQuestion;
import com.expressrouteadvisor.advice.RankedRecommendation;
import com.expressrouteadvisor.advice.Readiness;
import com.expressrouteadvisor.advice.RuleSetInfo;
import com.expressrouteadvisor.advice.Severity;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.Customer;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.reference.PeeringLocationCatalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The physical-limit baseline: the checks of advisor-app/src/jmh/baseline-rules/connectivity.drl (the DRL the rules folder's
 * connectivity.dslr was written from), layer.drl, location.drl and
 * subscription.drl written as plain Java, producing the same {@link Evaluation} (same texts, same ranking)
 * so that the pipeline around it does exactly the same work. Not part of the product: it exists to show
 * how much of a batch run's time the rule engine takes. {@link BaselineCheck} verifies that it agrees
 * with Drools on those four rule files before any figure is taken.
 */
public final class HandCodedAdvisor {

    static final List<String> RULE_FILES = List.of("connectivity.drl", "layer.drl", "location.drl", "subscription.drl");

    private static final Comparator<Rec> BEST_FIRST = Comparator.comparingInt(Rec::score).reversed()
            .thenComparing(Rec::model).thenComparing(Rec::layer);

    private final PeeringLocationCatalog locations;
    private final AdviceTexts texts;
    private final GapCatalog catalog;
    private final RuleSetInfo ruleSet;

    private record Fit(ConnectivityModel model, int score, String reason, String rule) {
    }

    private record Rec(ConnectivityModel model, Layer layer, int score, List<String> reasons, String rule) {
    }

    public HandCodedAdvisor(PeeringLocationCatalog locations, AdviceTexts texts, GapCatalog catalog, RuleSetInfo ruleSet) {
        this.locations = locations;
        this.texts = texts;
        this.catalog = catalog;
        this.ruleSet = ruleSet;
    }

    public Evaluation evaluate(CustomerProfile profile, EvaluationOptions options) {
        Customer c = Customer.from(profile);
        Locale language = options.language();
        List<Fit> fits = new ArrayList<>(3);
        List<GapFinding> gaps = new ArrayList<>(2);
        TreeSet<String> questions = new TreeSet<>();
        Integer bw = c.bandwidthMbps();
        boolean providerSize = bw == null || bw <= 10000;

        // connectivity.drl
        if (is(c.colocatedAtCloudExchange()) && providerSize) {
            fits.add(new Fit(ConnectivityModel.CLOUD_EXCHANGE_COLOCATION, 90, "colocation",
                    "Co-located at a cloud exchange: order cross-connects through the exchange"));
        }
        if (is(c.hasMplsWan()) && providerSize) {
            fits.add(new Fit(ConnectivityModel.ANY_TO_ANY_IPVPN, 85, "ipvpn",
                    "An existing MPLS WAN takes Azure in as another branch"));
        }
        if (is(c.needsPointToPoint()) && providerSize) {
            fits.add(new Fit(ConnectivityModel.POINT_TO_POINT_ETHERNET, 80, "p2p",
                    "A point-to-point Ethernet link connects the customer's own site"));
        }
        if (bw != null && bw > 10000) {
            fits.add(new Fit(ConnectivityModel.EXPRESSROUTE_DIRECT, 95, "direct.bandwidth",
                    "More than 10 Gbps needs ExpressRoute Direct"));
        }
        if (is(c.encryptionRequired()) && providerSize) {
            fits.add(new Fit(ConnectivityModel.EXPRESSROUTE_DIRECT, 60, "direct.macsec",
                    "Required encryption points to MACsec on ExpressRoute Direct"));
        }
        if (bw == null) {
            questions.add("connectivity.bandwidthMbps");
        }

        // layer.drl
        List<Rec> recs = new ArrayList<>(4);
        for (Fit fit : fits) {
            switch (fit.model()) {
                case ANY_TO_ANY_IPVPN -> recs.add(rec(fit, Layer.MANAGED_LAYER3, fit.score(), "layer.l3"));
                case EXPRESSROUTE_DIRECT -> recs.add(rec(fit, Layer.LAYER2, fit.score(), "layer.l2"));
                case POINT_TO_POINT_ETHERNET -> recs.add(new Rec(fit.model(), Layer.LAYER2, fit.score(),
                        List.of(fit.reason(), "p2p.layer2only", "layer.l2"), fit.rule()));
                case CLOUD_EXCHANGE_COLOCATION -> {
                    Boolean bgp = c.bgpCapable();
                    if (bgp == null) {
                        recs.add(rec(fit, Layer.MANAGED_LAYER3, fit.score(), "layer.l3"));
                        recs.add(rec(fit, Layer.LAYER2, fit.score() - 5, "layer.l2.unknown"));
                        questions.add("routing.bgpCapable");
                    } else {
                        recs.add(rec(fit, bgp ? Layer.LAYER2 : Layer.MANAGED_LAYER3, fit.score(),
                                bgp ? "layer.l2" : "layer.l3"));
                    }
                }
            }
        }

        // location.drl
        String location = c.peeringLocation();
        boolean known = location != null && locations.isKnown(location);
        if (location != null && !known) {
            gaps.add(gap("UNKNOWN_PEERING_LOCATION", "A peering location missing from the reference data cannot be checked",
                    language, location));
        }
        providerCheck(c.colocatedAtCloudExchange(), c.cloudExchangeProvider(), location, known,
                "The cloud exchange must be an ExpressRoute partner at the peering location", gaps, language);
        providerCheck(c.hasMplsWan(), c.wanProvider(), location, known,
                "The WAN provider must be an ExpressRoute partner at the peering location", gaps, language);
        providerCheck(c.needsPointToPoint(), c.ethernetProvider(), location, known,
                "The Ethernet provider must be an ExpressRoute partner at the peering location", gaps, language);
        if (location == null && !fits.isEmpty()) {
            questions.add("connectivity.peeringLocation");
        }
        if (is(c.colocatedAtCloudExchange()) && c.cloudExchangeProvider() == null) {
            questions.add("connectivity.cloudExchangeProvider");
        }
        if (is(c.hasMplsWan()) && c.wanProvider() == null) {
            questions.add("connectivity.wanProvider");
        }
        if (is(c.needsPointToPoint()) && c.ethernetProvider() == null) {
            questions.add("connectivity.ethernetProvider");
        }

        // subscription.drl
        if (Boolean.FALSE.equals(c.azureSubscription())) {
            gaps.add(gap("NO_AZURE_SUBSCRIPTION", "Without an Azure subscription no circuit can be created", language));
        } else if (c.azureSubscription() == null) {
            questions.add("azureSubscription");
        }

        // the "review" stage: conclusions over all recommendations
        int best = recs.stream().mapToInt(Rec::score).max().orElse(-1);
        boolean layer2 = recs.stream().anyMatch(r -> r.layer() == Layer.LAYER2);
        boolean layer3 = recs.stream().anyMatch(r -> r.layer() == Layer.MANAGED_LAYER3);
        if (recs.isEmpty()) {
            gaps.add(gap("NO_CONNECTIVITY_PATH", "No connectivity model fits the known facts", language));
        }
        if (c.colocatedAtCloudExchange() == null && best < 90) {
            questions.add("connectivity.colocatedAtCloudExchange");
        }
        if (c.hasMplsWan() == null && best < 85) {
            questions.add("connectivity.hasMplsWan");
        }
        if (c.needsPointToPoint() == null && best < 80) {
            questions.add("connectivity.needsPointToPoint");
        }
        if (layer2 && !layer3) {
            if (Boolean.FALSE.equals(c.bgpCapable())) {
                gaps.add(gap("CUSTOMER_BGP_REQUIRED", "Only a Layer 2 path fits but the customer cannot run BGP", language));
            } else if (c.bgpCapable() == null) {
                questions.add("routing.bgpCapable");
            }
        }
        return assemble(c.id(), recs, gaps, questions, language);
    }

    private Evaluation assemble(String id, List<Rec> recs, List<GapFinding> gaps, TreeSet<String> questions,
                                Locale language) {
        List<Rec> best = new ArrayList<>(recs.size());
        for (Rec r : recs) {
            int same = -1;
            for (int i = 0; i < best.size(); i++) {
                if (best.get(i).model() == r.model() && best.get(i).layer() == r.layer()) {
                    same = i;
                }
            }
            if (same < 0) {
                best.add(r);
            } else if (r.score() > best.get(same).score()) {
                best.set(same, r);
            }
        }
        best.sort(BEST_FIRST);
        List<RankedRecommendation> ranked = new ArrayList<>(best.size());
        for (Rec r : best) {
            ranked.add(new RankedRecommendation(ranked.size() + 1, r.model(), r.layer(),
                    texts.recommendationTitle(r.model(), r.layer(), language), r.score(), r.rule(),
                    r.reasons().stream().distinct().map(key -> texts.reason(key, language)).toList()));
        }
        gaps.sort(Comparator.comparing(GapFinding::severity).thenComparing(GapFinding::code));
        List<OpenQuestion> open = new ArrayList<>(questions.size());
        for (String field : questions) {
            open.add(new OpenQuestion(field, texts.question(field, language)));
        }
        Readiness readiness = Readiness.of(gaps.stream().map(GapFinding::severity).toList(), false);
        return new Evaluation(id, readiness, List.copyOf(ranked), List.copyOf(gaps), List.copyOf(open), null, null,
                ruleSet);
    }

    private void providerCheck(Boolean uses, String provider, String location, boolean known, String rule,
                               List<GapFinding> gaps, Locale language) {
        if (is(uses) && provider != null && known && !locations.offers(provider, location)) {
            GapFinding finding = gap("PROVIDER_NOT_AT_LOCATION", rule, language, provider, location);
            if (gaps.stream().noneMatch(g -> g.code().equals(finding.code()) && g.message().equals(finding.message()))) {
                gaps.add(finding);
            }
        }
    }

    private GapFinding gap(String code, String rule, Locale language, Object... arguments) {
        GapCatalog.Entry entry = catalog.find(code).orElse(null);
        List<Object> args = List.of(arguments);
        return new GapFinding(code, entry != null ? entry.severity() : Severity.WARNING,
                texts.gapMessage(code, args, language), texts.gapRemediation(code, args, language), rule,
                entry != null ? entry.reference() : null);
    }

    private static Rec rec(Fit fit, Layer layer, int score, String layerReason) {
        return new Rec(fit.model(), layer, score, List.of(fit.reason(), layerReason), fit.rule());
    }

    private static boolean is(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
