#pragma once

#include <boost/json/object.hpp>

#include <string>
#include <string_view>

#include "codec/json_reader.hpp"
#include "core/result.hpp"
#include "domain/reintegratievisie/visie.hpp"

namespace werkpad::codec {

// JSON <-> the content of form 7 (domain::reintegratievisie::Content). Keys are the section keys
// plus "middelen" (array of means codes) and "plaatsing_weken" (integer or null).

// The canonical JSON text: keys in a fixed order, no whitespace. The SHA-256 of a version is
// taken over exactly this text, so it must stay stable.
std::string VisieContentJson(const domain::reintegratievisie::Content& c);
boost::json::object VisieContentToJson(const domain::reintegratievisie::Content& c);

// Reads the content keys from `r` (strict: lengths, means codes). Missing text keys are empty;
// missing "middelen" is empty. Errors are collected in the reader's error list.
domain::reintegratievisie::Content ReadVisieContent(ObjectReader& r);

// A stored document. kInternal-free: kBadRequest / kInvalidInput when malformed.
core::Result<domain::reintegratievisie::Content> ParseVisieContent(std::string_view json);

}  // namespace werkpad::codec
