#!/usr/bin/env python3
"""A second portfolio generator, independent of `advisor generate`, for measuring the evaluator on data it
was not tuned for: profile version 2 fields (cloud, gateway, FastPath, routing design, interconnect,
encryption, existing circuits, named peering locations), other distributions (more unknowns, more IPv6 and
dual-stack subnets, more regions and circuits, more broken addressing) and other id and name shapes.
Reads the peering locations and regions from facts/reference, so every name is one the rules know or
(on purpose, a few per cent) one they do not.

Usage: bench/portfolio/generate-v2.py COUNT [SEED] > portfolio-v2.ndjson
"""
import csv
import json
import random
import sys

COUNT = int(sys.argv[1])
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 2027)

with open("facts/reference/peering-locations.csv", encoding="utf-8") as f:
    LOCATIONS = [(row["location"], [p for p in row["providers"].split(";") if p]) for row in csv.DictReader(f)]
with open("facts/reference/azure-regions.csv", encoding="utf-8") as f:
    REGIONS = [row["region"] for row in csv.DictReader(f)]
BANDWIDTHS = [50, 100, 200, 500, 1000, 2000, 5000, 10000, 40000, 100000]


def maybe(p, value):
    """The value, or None (left out: unknown) with probability 1 - p."""
    return value if rng.random() < p else None


def v4_links(size):
    base = f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randrange(0, 256, 8)}"
    if size == 29:
        return [base + "/29"]
    a, b, c, d = base.split(".")
    return [base + "/30", f"{a}.{b}.{c}.{int(d) + 4}/30"]


def v6_links():
    block = f"fd{rng.randint(0, 255):02x}:{rng.randint(0, 65535):x}::"
    return [block + "/126", block + "4/126"] if rng.random() < 0.7 else [block + "/125"]


def subnets():
    r = rng.random()
    if r < 0.55:
        return v4_links(30)
    if r < 0.75:
        return v4_links(29)
    if r < 0.9:
        return v4_links(30) + v6_links()   # dual stack
    if r < 0.95:
        return v6_links()
    return [f"10.{rng.randint(0, 255)}.0.0/24"]  # wrong size: a gap


def profile(i):
    location, providers = rng.choice(LOCATIONS)
    if rng.random() < 0.03:
        location = "Atlantis" + str(rng.randint(1, 9))
    circuits = rng.choice([1, 1, 2, 2, 2, 4, 6, 8])
    # One name per circuit, the first being connectivity.peeringLocation (the profile checks require it).
    names = [location] + [rng.choice(LOCATIONS)[0] for _ in range(circuits - 1)] if rng.random() < 0.4 else None
    regions = rng.sample(REGIONS, rng.choice([1, 1, 2, 3, 5]))
    microsoft = rng.random() < 0.35
    p = {
        "id": f"cust-{i:08x}",
        "name": f"Customer {i} {rng.choice(['GmbH', 'Ltd', 'Inc.', 'S.A.', 'AB', 'Oy'])}",
        "azureSubscription": maybe(0.9, rng.random() < 0.95),
        "connectivity": {k: v for k, v in {
            "colocatedAtCloudExchange": maybe(0.8, rng.random() < 0.25),
            "hasMplsWan": maybe(0.8, rng.random() < 0.5),
            "needsPointToPoint": maybe(0.7, rng.random() < 0.15),
            "wanProvider": maybe(0.6, rng.choice(providers) if providers else "Nobody"),
            "peeringLocation": maybe(0.92, location),
            "bandwidthMbps": maybe(0.85, rng.choice(BANDWIDTHS)),
            "billing": maybe(0.5, rng.choice(["METERED", "UNLIMITED"])),
        }.items() if v is not None},
        "routing": {k: v for k, v in {
            "bgpCapable": maybe(0.8, rng.random() < 0.9),
            "asn": maybe(0.8, rng.choice([rng.randint(64512, 65534), rng.randint(1, 64000), 65515, 8075])),
            "edgeRouters": maybe(0.8, rng.choice([1, 2, 2, 4])),
            "privatePrefixes": maybe(0.8, rng.choice([10, 200, 3000, 9000, 12000])),
            "privatePrefixesIpv6": maybe(0.3, rng.choice([5, 50, 200])),
            "microsoftPrefixes": maybe(0.6, rng.choice([2, 50, 150, 300])),
            "advertisesDefaultRoute": maybe(0.5, rng.random() < 0.2),
            "bfdEnabled": maybe(0.5, rng.random() < 0.6),
            "firstHopRedundancy": maybe(0.5, rng.choice(["BGP", "HSRP", "VRRP", "NONE"])),
            "microsoftPrefixesAlsoOnInternet": maybe(0.4, rng.random() < 0.3),
        }.items() if v is not None},
        "peerings": {
            "private": {"enabled": True, "subnets": subnets()} if rng.random() < 0.9 else {"enabled": False},
            "microsoft": ({"enabled": True, "subnets": [f"203.0.113.{4 * rng.randint(0, 60)}/30"],
                           "natPlanned": rng.random() < 0.7, "natPoolPublic": rng.random() < 0.8,
                           "publicPrefixesOwned": rng.random() < 0.8} if microsoft else {"enabled": False}),
            "azurePublic": {"enabled": False},
        },
        "azure": {k: v for k, v in {
            "cloud": maybe(0.6, rng.choice(["AZURE"] * 8 + ["AZURE_US_GOVERNMENT", "AZURE_CHINA"])),
            "regions": regions,
            "vnetAddressSpaces": [f"10.{rng.randint(0, 255)}.0.0/16" for _ in range(rng.randint(1, 6))],
            "vnetLinks": maybe(0.8, rng.choice([1, 5, 10, 50, 120])),
            "sku": maybe(0.6, rng.choice(["LOCAL", "STANDARD", "PREMIUM"])),
            "gateway": maybe(0.7, {k: v for k, v in {
                "sku": rng.choice(["STANDARD", "HIGH_PERFORMANCE", "ULTRA_PERFORMANCE", "ERGW1AZ", "ERGW2AZ",
                                   "ERGW3AZ", "ERGW_SCALE"]),
                "zoneRedundant": maybe(0.7, rng.random() < 0.7),
                "subnetPrefixLength": maybe(0.6, rng.choice([24, 26, 27, 28, 29])),
                "circuitsPerVnet": maybe(0.6, rng.choice([1, 2, 4, 8])),
                "fastPath": maybe(0.6, rng.random() < 0.3),
                "privateEndpointsOverFastPath": maybe(0.3, rng.random() < 0.3),
            }.items() if v is not None}),
            "prefixesAdvertisedToOnPremises": maybe(0.4, rng.choice([50, 500, 1200])),
        }.items() if v is not None},
        "workloads": {k: v for k, v in {
            "microsoft365": maybe(0.8, rng.random() < 0.3),
            "dynamics365": maybe(0.8, rng.random() < 0.2),
            "realtimeMedia": maybe(0.7, rng.random() < 0.2),
            "dscpMarking": maybe(0.5, rng.random() < 0.5),
        }.items() if v is not None},
        "resilience": {k: v for k, v in {
            "circuits": circuits,
            "peeringLocations": len(set(names)) if names else maybe(0.7, min(circuits, rng.choice([1, 2]))),
            "peeringLocationNames": names,
            "metro": maybe(0.6, rng.random() < 0.1),
            "production": maybe(0.9, rng.random() < 0.8),
        }.items() if v is not None},
        "security": {k: v for k, v in {
            "encryptionRequired": maybe(0.8, rng.random() < 0.3),
            "encryption": maybe(0.5, rng.choice(["NONE", "MACSEC", "IPSEC"])),
        }.items() if v is not None},
    }
    if rng.random() < 0.4:
        p["interconnect"] = {"globalReach": rng.random() < 0.3, "vpnBackup": rng.random() < 0.4,
                             "vpnExpressRouteTransit": rng.random() < 0.1}
    if rng.random() < 0.2:
        p["existingCircuit"] = {"bandwidthMbps": rng.choice(BANDWIDTHS[:7]),
                                "sku": rng.choice(["STANDARD", "PREMIUM", "LOCAL"]),
                                "billing": rng.choice(["METERED", "UNLIMITED"])}
    if p["azure"].get("gateway") is not None and p["azure"]["gateway"].get("sku") == "ERGW_SCALE":
        p["azure"]["gateway"]["scaleUnits"] = rng.choice([1, 2, 10, 20])
    return p


out = sys.stdout
for i in range(1, COUNT + 1):
    out.write(json.dumps(profile(i), separators=(",", ":")))
    out.write("\n")
