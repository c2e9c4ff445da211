# ExpressRoute Advisor: the sentences of the rule language for .dslr files (docs/authoring.md, "Rules in sentences").
#
# Each line is   [when]sentence=DRL   (a condition)   or   [then]sentence=DRL   (a conclusion).
# {name} is a blank the rule author fills in; {name:regex} says what may go in it.
# Sentences are tried from top to bottom, so a longer sentence comes before a shorter one it starts with.
# A line in a .dslr rule that starts with '-' adds a detail to the "There is a customer" line above it.
# A line that starts with '>' is plain DRL and is not translated.
# Field names are those of docs/rule-vocabulary.md (Customer fields); gap codes those of gap-codes.csv.

# ---- Conditions: the customer's connectivity ------------------------------------------------------------
[when]the customer is co-located at a cloud exchange that serves the peering location=Customer( colocatedAtCloudExchange == true, cloudExchangeProvider != null, peeringLocation != null, locations.offers(cloudExchangeProvider, peeringLocation) )
[when]the customer is co-located at a cloud exchange=Customer( colocatedAtCloudExchange == true )
[when]the customer is not co-located at a cloud exchange=Customer( colocatedAtCloudExchange == false )
[when]the customer has an MPLS WAN whose provider serves the peering location=Customer( hasMplsWan == true, wanProvider != null, peeringLocation != null, locations.offers(wanProvider, peeringLocation) )
[when]the customer has an MPLS WAN=Customer( hasMplsWan == true )
[when]the customer has no MPLS WAN=Customer( hasMplsWan == false )
[when]the customer needs a point-to-point link=Customer( needsPointToPoint == true )
[when]the customer does not need a point-to-point link=Customer( needsPointToPoint == false )
[when]the customer needs more than {mbps:\d+} Mbps=Customer( bandwidthMbps > {mbps} )
[when]the customer needs at most {mbps:\d+} Mbps or has not said=Customer( bandwidthMbps == null || bandwidthMbps <= {mbps} )
[when]the customer needs at most {mbps:\d+} Mbps=Customer( bandwidthMbps <= {mbps} )
[when]the peering location is not in the reference data=Customer( peeringLocation != null, !locations.isKnown(peeringLocation) )
[when]the peering location offers ExpressRoute Direct=Customer( peeringLocation != null, locations.offersDirect(peeringLocation) )

# ---- Conditions: routing, subscription, security ---------------------------------------------------------
[when]the customer can run BGP=Customer( bgpCapable == true )
[when]the customer cannot run BGP=Customer( bgpCapable == false )
[when]the customer has an Azure subscription=Customer( azureSubscription == true )
[when]the customer has no Azure subscription=Customer( azureSubscription == false )
[when]the customer requires encryption=Customer( encryptionRequired == true )
[when]the customer has not said its {field:\w+}=Customer( {field} == null )

# ---- Conditions: one customer, several details (each detail on its own line, starting with '-') ---------
[when]There is a customer=$customer : Customer()
[when]-who is co-located at a cloud exchange=colocatedAtCloudExchange == true
[when]-who is not co-located at a cloud exchange=colocatedAtCloudExchange == false
[when]-who has an MPLS WAN=hasMplsWan == true
[when]-who has no MPLS WAN=hasMplsWan == false
[when]-who needs a point-to-point link=needsPointToPoint == true
[when]-who can run BGP=bgpCapable == true
[when]-who cannot run BGP=bgpCapable == false
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
[when]no connectivity model is recommended=not Recommendation()
[when]no recommendation scores {score:\d+} or more=not Recommendation( score >= {score} )
[when]no {layer:LAYER2|MANAGED_LAYER3} path is recommended=not Recommendation( layer == Layer.{layer} )
[when]a {layer:LAYER2|MANAGED_LAYER3} path is recommended=exists Recommendation( layer == Layer.{layer} )
[when]some connectivity model fits=exists ModelFit()
[when]the model {model:[A-Z_0-9]+} fits=$fit : ModelFit( model == ConnectivityModel.{model} )
[when]gap {code:[A-Z_0-9]+} is not raised=not Gap( code == "{code}" )
[when]gap {code:[A-Z_0-9]+} is raised=exists Gap( code == "{code}" )

# ---- Conclusions ---------------------------------------------------------------------------------------
[then]recommend it at {layer:LAYER2|MANAGED_LAYER3} because {reason:[\w.]+}=insert(new Recommendation($fit, Layer.{layer}, "{reason}"));
[then]recommend {model:[A-Z_0-9]+} at {layer:LAYER2|MANAGED_LAYER3} with score {score:\d+} because {reason:[\w.]+}=insert(new Recommendation(new ModelFit(ConnectivityModel.{model}, {score}, "{reason}"), Layer.{layer}, {score}, java.util.List.of("{reason}")));
[then]recommend {model:[A-Z_0-9]+} with score {score:\d+} because {reason:[\w.]+}=insert(new ModelFit(ConnectivityModel.{model}, {score}, "{reason}"));
[then]flag gap {code:[A-Z_0-9]+} as {severity:BLOCKER|WARNING|INFO}=insert(new Gap("{code}", com.expressrouteadvisor.advice.Severity.{severity}));
[then]flag gap {code:[A-Z_0-9]+} about the {field:\w+}=insert(new Gap("{code}", $customer.{field}()));
[then]flag gap {code:[A-Z_0-9]+}=insert(new Gap("{code}"));
[then]ask for {field:[\w.]+}=insert(new Question("{field}"));
