package com.expressrouteadvisor.profile;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How the customer's routers share the primary and secondary link toward Microsoft (profile
 * {@code routing.firstHopRedundancy}): BGP on both links, or a first-hop protocol (fact L2-NO-FHRP).
 */
public enum FirstHopRedundancy {
    BGP,
    HSRP,
    VRRP,
    NONE;

    @JsonCreator
    public static FirstHopRedundancy of(String text) {
        return EnumNames.parse(FirstHopRedundancy.class, text);
    }
}
