#pragma once

#include <boost/json/value.hpp>

#include <string>
#include <string_view>

#include "core/result.hpp"
#include "domain/profiles/catalogue.hpp"

namespace werkpad::codec::profiles {

// JSON <-> the item catalogue of forms 4 and 6 (resources/profiles/items.v1.json, documented in
// docs/fml-mapping.md). Shape:
//
//   {"version": 1,
//    "disciplines": [{"code": "fysiotherapie", "label": "Fysiotherapie"}, ...],
//    "fml_items": [{"code": "IV.13", "label": "Tillen of dragen"}, ...],
//    "items": [{"code": "tillen", "label": "Tillen", "help": "...", "section": "fysiek_dynamisch",
//               "kind": "dynamisch", "measures": ["kg", "keer"], "frequency_unit": "per_uur",
//               "disciplines": ["verpleging", "fysiotherapie", "ergotherapie"],
//               "fml": [{"code": "IV.13", "confidence": "documented", "note": ""}]}, ...]}
//
// Strict like the forms codec: unknown keys and wrong types give kBadRequest, bad codes and
// missing fields kInvalidInput, with paths ("items[3].measures[1]").

// Parses only. Does not apply domain::profiles::ValidateCatalogue.
core::Result<domain::profiles::ItemCatalogue> ParseItemCatalogue(std::string_view json);
// ParseItemCatalogue followed by ValidateCatalogue.
core::Result<domain::profiles::ItemCatalogue> LoadItemCatalogue(std::string_view json);

boost::json::value ItemCatalogueToJson(const domain::profiles::ItemCatalogue& catalogue);
std::string SerializeItemCatalogue(const domain::profiles::ItemCatalogue& catalogue);

// The built-in catalogue: resources/profiles/items.v1.json embedded in the binary
// (cmake/Embed.cmake), and its parsed form (parsed and validated once, on first use; the test
// codec_profiles_test checks it loads). Thread-safe.
std::string_view BuiltinItemCatalogueJson();
const domain::profiles::ItemCatalogue& BuiltinItemCatalogue();

}  // namespace werkpad::codec::profiles
