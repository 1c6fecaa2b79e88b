#include "codec/visie_json.hpp"

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

namespace werkpad::codec {

namespace rv = domain::reintegratievisie;
namespace bj = boost::json;

bj::object VisieContentToJson(const rv::Content& c) {
  bj::object o;
  o["verloop"] = c.verloop;
  o["werksituatie"] = c.werksituatie;
  o["profielvergelijking"] = c.profielvergelijking;
  o["behandeldoelen"] = c.behandeldoelen;
  o["werktraining"] = c.werktraining;
  o["visie_team"] = c.visie_team;
  o["aandachtspunten"] = c.aandachtspunten;
  bj::array means;
  for (auto m : c.middelen) means.emplace_back(rv::ToCode(m));
  o["middelen"] = std::move(means);
  o["plaatsing_weken"] = c.plaatsing_weken ? bj::value(*c.plaatsing_weken) : bj::value(nullptr);
  o["advies"] = c.advies;
  o["medische_toelichting"] = c.medische_toelichting;
  return o;
}

std::string VisieContentJson(const rv::Content& c) {
  // boost::json::object keeps insertion order, so this text is canonical.
  return bj::serialize(VisieContentToJson(c));
}

rv::Content ReadVisieContent(ObjectReader& r) {
  using Need = ObjectReader::Need;
  rv::Content c;
  // Lengths are checked by rv::ValidateContent; the reader's limit only stops absurd bodies.
  constexpr std::size_t kLimit = rv::kMaxSectionLength * 4;
  auto text = [&](std::string_view key, std::string& out) {
    if (auto v = r.String(key, Need::kOptional, kLimit)) out = std::move(*v);
  };
  text("verloop", c.verloop);
  text("werksituatie", c.werksituatie);
  text("profielvergelijking", c.profielvergelijking);
  text("behandeldoelen", c.behandeldoelen);
  text("werktraining", c.werktraining);
  text("visie_team", c.visie_team);
  text("aandachtspunten", c.aandachtspunten);
  text("advies", c.advies);
  text("medische_toelichting", c.medische_toelichting);
  if (const bj::array* means = r.Array("middelen", Need::kOptional, 20)) {
    for (std::size_t i = 0; i < means->size(); ++i) {
      const bj::value& v = (*means)[i];
      std::optional<rv::Means> m;
      if (v.is_string()) m = rv::ParseMeans(std::string_view(v.get_string()));
      if (!v.is_string()) {
        r.Fail("middelen[" + std::to_string(i) + "]", "wrong_type", "must be a means code");
      } else if (!m) {
        r.Fail("middelen[" + std::to_string(i) + "]", "invalid_value", "not a means code");
      } else {
        c.middelen.push_back(*m);
      }
    }
  }
  if (auto weeks = r.Int("plaatsing_weken", Need::kOptional, 0, 52)) {
    c.plaatsing_weken = static_cast<int>(*weeks);
  }
  return c;
}

core::Result<rv::Content> ParseVisieContent(std::string_view json) {
  WP_ASSIGN_OR_RETURN(bj::value v, ParseJson(json));
  std::vector<core::FieldError> errors;
  ObjectReader r(v, "", errors);
  rv::Content c = ReadVisieContent(r);
  r.Finish();
  WP_RETURN_IF_ERROR(ErrorsToStatus(std::move(errors), "re-integratievisie"));
  return c;
}

}  // namespace werkpad::codec
