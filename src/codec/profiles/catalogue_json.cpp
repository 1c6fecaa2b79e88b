#include "codec/profiles/catalogue_json.hpp"

#include <boost/json/serialize.hpp>

#include <cstdio>
#include <cstdlib>

#include "codec/json_reader.hpp"

namespace werkpad::codec::profiles {

namespace json = boost::json;
namespace dp = domain::profiles;
using Need = ObjectReader::Need;

// Defined by the file cmake/Embed.cmake generates from resources/profiles/items.v1.json.
std::string_view BuiltinItemCatalogueJson();

namespace {

template <class E>
std::vector<std::string_view> Codes(std::span<const E> all) {
  std::vector<std::string_view> out;
  for (E e : all) out.push_back(dp::ToCode(e));
  return out;
}

std::string At(const std::string& base, std::size_t i) {
  return base + "[" + std::to_string(i) + "]";
}

// Reads an array of strings; each element checked by `accept` (returns false on a bad value).
template <class F>
void StringArray(ObjectReader& r, std::string_view key, Need need,
                 std::vector<core::FieldError>& errors, F accept) {
  const json::array* arr = r.Array(key, need, 100);
  if (arr == nullptr) return;
  for (std::size_t i = 0; i < arr->size(); ++i) {
    const std::string path = At(r.Child(key), i);
    const json::value& v = (*arr)[i];
    if (!v.is_string()) {
      errors.push_back({path, "wrong_type", "must be a string"});
    } else if (!accept(std::string_view(v.get_string()))) {
      errors.push_back(
          {path, "invalid_value", "unknown code '" + std::string(v.get_string()) + "'"});
    }
  }
}

dp::ItemDefinition ReadItem(const json::value& v, const std::string& path,
                            std::vector<core::FieldError>& errors) {
  dp::ItemDefinition item;
  ObjectReader r(v, path, errors);
  item.code = r.String("code", Need::kRequired, dp::kMaxCodeLength).value_or("");
  item.label = r.String("label", Need::kRequired, 500).value_or("");
  item.help = r.String("help", Need::kOptional, 4000).value_or("");
  item.activity = r.String("activity", Need::kRequired, 500).value_or("");
  if (auto s = r.Enum("section", Need::kRequired, Codes(dp::AllSections()))) {
    item.section = *dp::ParseSection(*s);
  }
  if (auto k = r.Enum("kind", Need::kRequired, Codes(dp::AllItemKinds()))) {
    item.kind = *dp::ParseItemKind(*k);
  }
  StringArray(r, "measures", Need::kRequired, errors, [&](std::string_view code) {
    auto m = dp::ParseMeasure(code);
    if (m) item.measures.push_back(*m);
    return m.has_value();
  });
  if (auto u = r.Enum("frequency_unit", Need::kOptional, {"per_uur", "per_dag"})) {
    item.frequency_unit = *dp::ParseFrequencyUnit(*u);
  }
  StringArray(r, "disciplines", Need::kRequired, errors, [&](std::string_view code) {
    item.disciplines.emplace_back(code);
    return true;
  });
  if (const json::array* refs = r.Array("fml", Need::kOptional, 20)) {
    for (std::size_t i = 0; i < refs->size(); ++i) {
      ObjectReader f((*refs)[i], At(r.Child("fml"), i), errors);
      dp::FmlReference ref;
      ref.code = f.String("code", Need::kRequired, 20).value_or("");
      if (auto c =
              f.Enum("confidence", Need::kRequired, {"documented", "approximate", "unverified"})) {
        ref.confidence = *dp::ParseFmlConfidence(*c);
      }
      ref.note = f.String("note", Need::kOptional, 1000).value_or("");
      f.Finish();
      item.fml.push_back(std::move(ref));
    }
  }
  r.Finish();
  return item;
}

}  // namespace

core::Result<dp::ItemCatalogue> ParseItemCatalogue(std::string_view text) {
  WP_ASSIGN_OR_RETURN(json::value v, ParseJson(text));
  std::vector<core::FieldError> errors;
  dp::ItemCatalogue cat;
  ObjectReader r(v, "", errors);
  cat.version = static_cast<int>(r.Int("version", Need::kRequired, 1, 1'000'000).value_or(1));
  if (const json::array* ds = r.Array("disciplines", Need::kRequired, 100)) {
    for (std::size_t i = 0; i < ds->size(); ++i) {
      ObjectReader d((*ds)[i], At("disciplines", i), errors);
      dp::Discipline disc;
      disc.code = d.String("code", Need::kRequired, dp::kMaxCodeLength).value_or("");
      disc.label = d.String("label", Need::kRequired, 200).value_or("");
      d.Finish();
      cat.disciplines.push_back(std::move(disc));
    }
  }
  if (const json::array* fs = r.Array("fml_items", Need::kRequired, 500)) {
    for (std::size_t i = 0; i < fs->size(); ++i) {
      ObjectReader f((*fs)[i], At("fml_items", i), errors);
      dp::FmlItem item;
      item.code = f.String("code", Need::kRequired, 20).value_or("");
      item.label = f.String("label", Need::kRequired, 500).value_or("");
      f.Finish();
      cat.fml_items.push_back(std::move(item));
    }
  }
  if (const json::array* items = r.Array("items", Need::kRequired, 200)) {
    for (std::size_t i = 0; i < items->size(); ++i) {
      cat.items.push_back(ReadItem((*items)[i], At("items", i), errors));
    }
  }
  r.Finish();
  WP_RETURN_IF_ERROR(ErrorsToStatus(std::move(errors), "item catalogue"));
  return cat;
}

core::Result<dp::ItemCatalogue> LoadItemCatalogue(std::string_view text) {
  WP_ASSIGN_OR_RETURN(dp::ItemCatalogue cat, ParseItemCatalogue(text));
  WP_RETURN_IF_ERROR(dp::ValidateCatalogue(cat));
  return cat;
}

json::value ItemCatalogueToJson(const dp::ItemCatalogue& cat) {
  json::object o;
  o["version"] = cat.version;
  json::array ds;
  for (const auto& d : cat.disciplines)
    ds.emplace_back(json::object{{"code", d.code}, {"label", d.label}});
  o["disciplines"] = std::move(ds);
  json::array fs;
  for (const auto& f : cat.fml_items)
    fs.emplace_back(json::object{{"code", f.code}, {"label", f.label}});
  o["fml_items"] = std::move(fs);
  json::array items;
  for (const auto& item : cat.items) {
    json::object jo;
    jo["code"] = item.code;
    jo["label"] = item.label;
    if (!item.help.empty()) jo["help"] = item.help;
    jo["activity"] = item.activity;
    jo["section"] = dp::ToCode(item.section);
    jo["kind"] = dp::ToCode(item.kind);
    json::array ms;
    for (auto m : item.measures) ms.emplace_back(dp::ToCode(m));
    jo["measures"] = std::move(ms);
    if (item.frequency_unit != dp::FrequencyUnit::kNone) {
      jo["frequency_unit"] = dp::ToCode(item.frequency_unit);
    }
    json::array disc;
    for (const auto& d : item.disciplines) disc.emplace_back(d);
    jo["disciplines"] = std::move(disc);
    json::array refs;
    for (const auto& ref : item.fml) {
      json::object jr{{"code", ref.code}, {"confidence", dp::ToCode(ref.confidence)}};
      if (!ref.note.empty()) jr["note"] = ref.note;
      refs.emplace_back(std::move(jr));
    }
    jo["fml"] = std::move(refs);
    items.emplace_back(std::move(jo));
  }
  o["items"] = std::move(items);
  return o;
}

std::string SerializeItemCatalogue(const dp::ItemCatalogue& cat) {
  return json::serialize(ItemCatalogueToJson(cat));
}

const dp::ItemCatalogue& BuiltinItemCatalogue() {
  static const dp::ItemCatalogue kCatalogue = [] {
    auto cat = LoadItemCatalogue(BuiltinItemCatalogueJson());
    if (!cat.ok()) {
      // The embedded file is part of the build and checked by codec_profiles_test; failing here
      // is a build defect, never a user error.
      std::fprintf(stderr, "werkpad: built-in item catalogue is invalid: %s\n",
                   cat.error().message.c_str());
      for (const auto& f : cat.error().fields) {
        std::fprintf(stderr, "  %s: %s\n", f.path.c_str(), f.message.c_str());
      }
      std::abort();
    }
    return std::move(cat).value();
  }();
  return kCatalogue;
}

}  // namespace werkpad::codec::profiles
