#pragma once

#include <boost/json/value.hpp>

#include <string>
#include <string_view>

#include "core/result.hpp"
#include "domain/profiles/catalogue.hpp"
#include "domain/profiles/profile.hpp"

namespace werkpad::codec::profiles {

// JSON <-> form 4 function profiles and form 6 / FML capacity profiles, for storage and the API.
// Item values are objects keyed by the measure's JSON key (DemandKey / CapacityKey); only the
// item's measures are allowed. Example function profile:
//
//   {"code": "MW-01", "title": "Magazijnmedewerker", "organisation": "Logistiek",
//    "hours_per_week": 36, "wage_cents": 245000,
//    "items": [
//      {"item": "tillen", "relevant": true, "demand": {"kg": 15, "keer": 10}, "note": ""},
//      {"item": "aandacht", "relevant": true,
//       "demand": {"taken": "orderpicken", "frequentie": "vaak", "hulpmiddel_mogelijk": false}},
//      {"item": "ploegendienst", "relevant": true, "demand": {"diensten": ["dag", "avond"]}},
//      {"item": "klimmen", "relevant": false}]}
//
// Example capacity profile:
//
//   {"source": "formulier6", "moment": "eerste_indruk", "date": "2026-12-07", "assessor": "...",
//    "items": [{"item": "tillen", "status": "voldoet_deels", "capacity": {"kg": 5, "keer": 10},
//               "discipline": "fysiotherapie", "assessor": "...", "date": "2026-12-07",
//               "note": ""},
//              {"item": "zitten", "unrestricted": true}]}
//
// Optional keys may be absent or null. Reading is strict (unknown keys: kBadRequest
// "unknown_field"; bad codes, out-of-range numbers: kInvalidInput) and is followed by
// ValidateFunctionProfile / ValidateCapacityProfile, so a parsed profile is valid.

// The JSON key of a measure in a demand / capacity object. Equal to ToCode(m) except:
// kWithoutAid: demand "hulpmiddel_mogelijk" (bool), capacity "hulpmiddel_nodig" (bool);
// kFullStart: demand "aangepaste_start_mogelijk" (bool), capacity "aangepaste_start_nodig"
// (bool). Task demands also have "taken" (text). Sets are arrays of codes; kFrequency a code.
std::string_view DemandKey(domain::profiles::Measure m);
std::string_view CapacityKey(domain::profiles::Measure m);

core::Result<domain::profiles::FunctionProfile> ParseFunctionProfile(
    const domain::profiles::ItemCatalogue& catalogue, std::string_view json);
core::Result<domain::profiles::FunctionProfile> FunctionProfileFromJson(
    const domain::profiles::ItemCatalogue& catalogue, const boost::json::value& v);
boost::json::value FunctionProfileToJson(const domain::profiles::ItemCatalogue& catalogue,
                                         const domain::profiles::FunctionProfile& p);

core::Result<domain::profiles::CapacityProfile> ParseCapacityProfile(
    const domain::profiles::ItemCatalogue& catalogue, std::string_view json);
core::Result<domain::profiles::CapacityProfile> CapacityProfileFromJson(
    const domain::profiles::ItemCatalogue& catalogue, const boost::json::value& v);
boost::json::value CapacityProfileToJson(const domain::profiles::ItemCatalogue& catalogue,
                                         const domain::profiles::CapacityProfile& p);

}  // namespace werkpad::codec::profiles
