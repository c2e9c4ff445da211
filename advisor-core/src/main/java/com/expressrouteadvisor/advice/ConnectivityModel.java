package com.expressrouteadvisor.advice;

/** The four ExpressRoute connectivity models (fact MODEL-FOUR); names are part of the public contract. */
public enum ConnectivityModel {
    CLOUD_EXCHANGE_COLOCATION,
    POINT_TO_POINT_ETHERNET,
    ANY_TO_ANY_IPVPN,
    EXPRESSROUTE_DIRECT
}
