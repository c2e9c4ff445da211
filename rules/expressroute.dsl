# ExpressRoute Advisor: the sentences of the rule language for .dslr files (docs/authoring.md, "Rules in sentences").
#
# Each line is   [when]sentence=DRL   (a condition)   or   [then]sentence=DRL   (a conclusion).
# {name} is a blank the rule author fills in; {name:regex} says what may go in it.
# Sentences are tried from top to bottom, so a longer sentence comes before a shorter one it starts with.
# A line in a .dslr rule that starts with '-' adds a detail to the "There is a customer" line above it.
# A line that starts with '>' is plain DRL and is not translated.
# Field names are those of docs/rule-vocabulary.md (Customer fields); gap codes those of gap-codes.csv.
# The DRL names every class in full, so a .dslr file needs no imports: "package expressroute;", the globals
# its sentences consult ("locations" for the peering-location sentences, "bandwidths" for the circuit-size
# sentences), and "expander expressroute.dsl". rules/connectivity.dslr is a whole topic written this way.

# ---- Model scores: the one home of these numbers -----------------------------------------------------------
# A fit rule in connectivity.dslr recommends its model "with score the co-location score", and the review question
# that could still lead to that model asks only while "no recommendation scores the co-location score or more":
# both read the number here. These lines come first, so the sentences below see the number.
[*]the Direct bandwidth score=95
[*]the co-location score=90
[*]the IPVPN score=85
[*]the point-to-point score=80
[*]the MACsec score=60

# ---- Conditions: the customer's connectivity ------------------------------------------------------------
[when]the customer is co-located at a cloud exchange that serves the peering location=com.expressrouteadvisor.profile.Customer( colocatedAtCloudExchange == true, cloudExchangeProvider != null, peeringLocation != null, locations.offers(cloudExchangeProvider, peeringLocation) )
[when]the customer is co-located at a cloud exchange=com.expressrouteadvisor.profile.Customer( colocatedAtCloudExchange == true )
[when]the customer is not co-located at a cloud exchange=com.expressrouteadvisor.profile.Customer( colocatedAtCloudExchange == false )
[when]the customer has an MPLS WAN whose provider serves the peering location=com.expressrouteadvisor.profile.Customer( hasMplsWan == true, wanProvider != null, peeringLocation != null, locations.offers(wanProvider, peeringLocation) )
[when]the customer has an MPLS WAN=com.expressrouteadvisor.profile.Customer( hasMplsWan == true )
[when]the customer has no MPLS WAN=com.expressrouteadvisor.profile.Customer( hasMplsWan == false )
[when]the customer needs a point-to-point link=com.expressrouteadvisor.profile.Customer( needsPointToPoint == true )
[when]the customer does not need a point-to-point link=com.expressrouteadvisor.profile.Customer( needsPointToPoint == false )
[when]the customer needs more than {mbps:\d+} Mbps=com.expressrouteadvisor.profile.Customer( bandwidthMbps > {mbps} )
[when]the customer needs at most {mbps:\d+} Mbps or has not said=com.expressrouteadvisor.profile.Customer( bandwidthMbps == null || bandwidthMbps <= {mbps} )
[when]the customer needs at most {mbps:\d+} Mbps=com.expressrouteadvisor.profile.Customer( bandwidthMbps <= {mbps} )
[when]the customer needs more bandwidth than any provider circuit carries=com.expressrouteadvisor.profile.Customer( bandwidthMbps != null, bandwidths.beyondProviderCircuits(bandwidthMbps) )
[when]the customer has not said how much bandwidth it needs=com.expressrouteadvisor.profile.Customer( bandwidthMbps == null )
[when]the customer has not said whether it is co-located at a cloud exchange=com.expressrouteadvisor.profile.Customer( colocatedAtCloudExchange == null )
[when]the customer has not said whether it has an MPLS WAN=com.expressrouteadvisor.profile.Customer( hasMplsWan == null )
[when]the customer has not said whether it needs a point-to-point link=com.expressrouteadvisor.profile.Customer( needsPointToPoint == null )
[when]the peering location is not in the reference data=com.expressrouteadvisor.profile.Customer( peeringLocation != null, !locations.isKnown(peeringLocation) )
[when]the peering location offers ExpressRoute Direct=com.expressrouteadvisor.profile.Customer( peeringLocation != null, locations.offersDirect(peeringLocation) )

# ---- Conditions: routing, subscription, security ---------------------------------------------------------
[when]the customer can run BGP=com.expressrouteadvisor.profile.Customer( bgpCapable == true )
[when]the customer cannot run BGP=com.expressrouteadvisor.profile.Customer( bgpCapable == false )
[when]the customer has an Azure subscription=com.expressrouteadvisor.profile.Customer( azureSubscription == true )
[when]the customer has no Azure subscription=com.expressrouteadvisor.profile.Customer( azureSubscription == false )
[when]the customer requires encryption=com.expressrouteadvisor.profile.Customer( encryptionRequired == true )
[when]the customer has not said its {field:\w+}=com.expressrouteadvisor.profile.Customer( {field} == null )

# ---- Conditions: one customer, several details (each detail on its own line, starting with '-') ---------
[when]There is a customer=$customer : com.expressrouteadvisor.profile.Customer()
[when]-who is co-located at a cloud exchange=colocatedAtCloudExchange == true
[when]-who is not co-located at a cloud exchange=colocatedAtCloudExchange == false
[when]-who has an MPLS WAN=hasMplsWan == true
[when]-who has no MPLS WAN=hasMplsWan == false
[when]-who needs a point-to-point link=needsPointToPoint == true
[when]-who can run BGP=bgpCapable == true
[when]-who cannot run BGP=bgpCapable == false
# The circuit sizes of each model come from facts/reference/bandwidths.csv through the global "bandwidths":
# a .dslr file using these sentences declares
#   global com.expressrouteadvisor.reference.BandwidthCatalog bandwidths;
[when]-who needs at most the largest cloud exchange circuit, or has not said=bandwidthMbps == null || bandwidths.withinRange(com.expressrouteadvisor.advice.ConnectivityModel.CLOUD_EXCHANGE_COLOCATION, bandwidthMbps)
[when]-who needs at most the largest IPVPN circuit, or has not said=bandwidthMbps == null || bandwidths.withinRange(com.expressrouteadvisor.advice.ConnectivityModel.ANY_TO_ANY_IPVPN, bandwidthMbps)
[when]-who needs at most the largest point-to-point Ethernet circuit, or has not said=bandwidthMbps == null || bandwidths.withinRange(com.expressrouteadvisor.advice.ConnectivityModel.POINT_TO_POINT_ETHERNET, bandwidthMbps)
[when]-who needs a circuit size ExpressRoute Direct offers that a provider circuit could also carry, or has not said=bandwidthMbps == null || ( bandwidths.offers(com.expressrouteadvisor.advice.ConnectivityModel.EXPRESSROUTE_DIRECT, bandwidthMbps) && !bandwidths.beyondProviderCircuits(bandwidthMbps) )
[when]-who needs a circuit size ExpressRoute Direct offers that a provider circuit could also carry=bandwidthMbps != null, bandwidths.offers(com.expressrouteadvisor.advice.ConnectivityModel.EXPRESSROUTE_DIRECT, bandwidthMbps), !bandwidths.beyondProviderCircuits(bandwidthMbps)
[when]-who requires encryption=encryptionRequired == true
[when]-who needs more than {mbps:\d+} Mbps=bandwidthMbps > {mbps}
[when]-who needs at most {mbps:\d+} Mbps or has not said=bandwidthMbps == null || bandwidthMbps <= {mbps}
[when]-who needs at most {mbps:\d+} Mbps=bandwidthMbps <= {mbps}
[when]-whose peering location is in the reference data=peeringLocation != null, locations.isKnown(peeringLocation)
[when]-whose {field:\w+} is unknown={field} == null
[when]-whose {field:\w+} is not {value}={field} != {value}
[when]-whose {field:\w+} is above {value}={field} != null, {field} > {value}
[when]-whose {field:\w+} is below {value}={field} != null, {field} < {value}
[when]-whose {field:\w+} is {value}={field} == {value}

# ---- Conditions on what other rules concluded (only in rules with ruleflow-group "review") -------------
[when]no connectivity model is recommended=not com.expressrouteadvisor.advice.Recommendation()
[when]no recommendation scores {score:\d+} or more=not com.expressrouteadvisor.advice.Recommendation( score >= {score} )
[when]no {layer:LAYER2|MANAGED_LAYER3} path is recommended=not com.expressrouteadvisor.advice.Recommendation( layer == com.expressrouteadvisor.advice.Layer.{layer} )
[when]a {layer:LAYER2|MANAGED_LAYER3} path is recommended=exists com.expressrouteadvisor.advice.Recommendation( layer == com.expressrouteadvisor.advice.Layer.{layer} )
[when]some connectivity model fits=exists com.expressrouteadvisor.advice.ModelFit()
[when]the model {model:[A-Z_0-9]+} fits=$fit : com.expressrouteadvisor.advice.ModelFit( model == com.expressrouteadvisor.advice.ConnectivityModel.{model} )
# Only in rules with ruleflow-group "verdict": the questions are all asked by then (docs/authoring.md, "Stages").
[when]no open question decides the model=not com.expressrouteadvisor.advice.Question( decides == com.expressrouteadvisor.advice.Decides.MODEL )
[when]no open question decides the layer=not com.expressrouteadvisor.advice.Question( decides == com.expressrouteadvisor.advice.Decides.LAYER )
[when]gap {code:[A-Z_0-9]+} is not raised=not com.expressrouteadvisor.advice.Gap( code == "{code}" )
[when]gap {code:[A-Z_0-9]+} is raised=exists com.expressrouteadvisor.advice.Gap( code == "{code}" )

# ---- Conclusions ---------------------------------------------------------------------------------------
[then]recommend it at {layer:LAYER2|MANAGED_LAYER3} because {reason:[\w.]+}=insert(new com.expressrouteadvisor.advice.Recommendation($fit, com.expressrouteadvisor.advice.Layer.{layer}, "{reason}"));
[then]recommend {model:[A-Z_0-9]+} at {layer:LAYER2|MANAGED_LAYER3} with score {score:\d+} because {reason:[\w.]+}=insert(new com.expressrouteadvisor.advice.Recommendation(new com.expressrouteadvisor.advice.ModelFit(com.expressrouteadvisor.advice.ConnectivityModel.{model}, {score}, "{reason}"), com.expressrouteadvisor.advice.Layer.{layer}, {score}, java.util.List.of("{reason}")));
[then]recommend co-location at a cloud exchange with score {score:\d+} because {reason:[\w.]+}=insert(new com.expressrouteadvisor.advice.ModelFit(com.expressrouteadvisor.advice.ConnectivityModel.CLOUD_EXCHANGE_COLOCATION, {score}, "{reason}"));
[then]recommend an any-to-any IPVPN with score {score:\d+} because {reason:[\w.]+}=insert(new com.expressrouteadvisor.advice.ModelFit(com.expressrouteadvisor.advice.ConnectivityModel.ANY_TO_ANY_IPVPN, {score}, "{reason}"));
[then]recommend point-to-point Ethernet with score {score:\d+} because {reason:[\w.]+}=insert(new com.expressrouteadvisor.advice.ModelFit(com.expressrouteadvisor.advice.ConnectivityModel.POINT_TO_POINT_ETHERNET, {score}, "{reason}"));
[then]recommend ExpressRoute Direct with score {score:\d+} because {reason:[\w.]+}=insert(new com.expressrouteadvisor.advice.ModelFit(com.expressrouteadvisor.advice.ConnectivityModel.EXPRESSROUTE_DIRECT, {score}, "{reason}"));
[then]recommend {model:[A-Z_0-9]+} with score {score:\d+} because {reason:[\w.]+}=insert(new com.expressrouteadvisor.advice.ModelFit(com.expressrouteadvisor.advice.ConnectivityModel.{model}, {score}, "{reason}"));
[then]flag gap {code:[A-Z_0-9]+} as {severity:BLOCKER|WARNING|INFO}=insert(new com.expressrouteadvisor.advice.Gap("{code}", com.expressrouteadvisor.advice.Severity.{severity}));
[then]flag gap {code:[A-Z_0-9]+} about the {field:\w+}=insert(new com.expressrouteadvisor.advice.Gap("{code}", $customer.{field}()));
[then]flag gap {code:[A-Z_0-9]+}=insert(new com.expressrouteadvisor.advice.Gap("{code}"));
[then]ask for {field:[\w.]+} which decides the {what:model|layer}=insert(new com.expressrouteadvisor.advice.Question("{field}", com.expressrouteadvisor.advice.Decides.of("{what}")));
[then]ask for {field:[\w.]+}=insert(new com.expressrouteadvisor.advice.Question("{field}"));
