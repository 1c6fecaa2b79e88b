// Strict request parsing: unknown fields and wrong types -> 400 bad_request, missing or invalid
// values -> 422 invalid_input with fields.
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <gtest/gtest.h>

#include "http/json/audit.hpp"
#include "http/json/common.hpp"
#include "http/json/organisation.hpp"
#include "http/json/revalidanten.hpp"
#include "http/json/session.hpp"
#include "http/json/users.hpp"

namespace werkpad::http::json {
namespace {

using core::ErrorCode;

bj::value J(std::string_view text) { return boost::json::parse(text); }

bool HasField(const core::Error& e, std::string_view path, std::string_view code) {
  for (const auto& f : e.fields) {
    if (f.path == path && f.code == code) return true;
  }
  return false;
}

constexpr std::string_view kRevalidant = R"({
  "given_names": "Test", "family_name": "Voorbeeld", "date_of_birth": "1980-04-01",
  "bsn": "123456782",
  "contact": {"email": "t@voorbeeld.invalid", "phone": "", "street": "", "postal_code": "", "city": ""},
  "naaste": null, "employment_status": "loondienst",
  "employer": {"organisation": "Bedrijf BV", "contact_name": "", "contact_phone": "",
               "contact_email": "", "address": ""},
  "function_title": "monteur", "hours_per_week": 32, "bedrijfsarts": null,
  "team_id": 1, "ric_user_id": null})";

TEST(HttpJsonRevalidant, ParsesAFullInput) {
  auto in = ParseRevalidantInput(J(kRevalidant), false);
  ASSERT_TRUE(in.ok()) << in.error().message;
  const auto& d = in->data;
  EXPECT_EQ(d.given_names, "Test");
  EXPECT_EQ(core::FormatDate(d.date_of_birth), "1980-04-01");
  EXPECT_EQ(d.bsn, std::optional<std::string>("123456782"));
  EXPECT_EQ(d.contact.email, "t@voorbeeld.invalid");
  EXPECT_FALSE(d.naaste.has_value());
  EXPECT_EQ(d.employment_status, domain::registry::EmploymentStatus::kLoondienst);
  ASSERT_TRUE(d.employer.has_value());
  EXPECT_EQ(d.employer->organisation, "Bedrijf BV");
  EXPECT_EQ(d.hours_per_week, std::optional<double>(32));
  EXPECT_EQ(d.team_id, core::TeamId(1));
  EXPECT_FALSE(d.ric_user_id.valid());
}

// The revalidant's answer is written without a document (ToJsonText); it must be exactly the
// text of the document ToJson builds, with every optional part present or absent.
TEST(HttpJsonRevalidant, TextIsTheSerialisedDocument) {
  auto in = ParseRevalidantInput(J(kRevalidant), false);
  ASSERT_TRUE(in.ok()) << in.error().message;
  service::RevalidantView full;
  full.revalidant.id = core::RevalidantId(42);
  full.revalidant.version = 7;
  full.revalidant.data = in->data;
  full.revalidant.data.given_names = "Zoë \"Jo\"\n\\ \x01";  // escapes and UTF-8
  full.revalidant.data.naaste = domain::registry::Naaste{"Piet", "partner", "06", "p@x.invalid"};
  full.revalidant.data.bedrijfsarts =
      domain::registry::BedrijfsartsContact{"Dr. A", "Arbodienst", "030", "a@x.invalid"};
  full.revalidant.data.hours_per_week = 32.5;
  full.revalidant.data.ric_user_id = core::UserId(5);
  full.revalidant.created_at = core::FromMillis(1764000000123);
  full.revalidant.updated_at = core::FromMillis(1765000000456);
  full.team = service::TeamRef{core::TeamId(1), "Team Noord"};
  full.ric = service::RicRef{core::UserId(5), "R. de Coördinator"};
  EXPECT_EQ(ToJsonText(full), Serialize(ToJson(full)));

  service::RevalidantView bare = full;  // nothing optional, whole hours
  bare.revalidant.data.bsn.reset();
  bare.revalidant.data.naaste.reset();
  bare.revalidant.data.employer.reset();
  bare.revalidant.data.bedrijfsarts.reset();
  bare.revalidant.data.hours_per_week = 40;
  bare.revalidant.data.team_id = {};
  bare.revalidant.data.ric_user_id = {};
  bare.team.reset();
  bare.ric.reset();
  EXPECT_EQ(ToJsonText(bare), Serialize(ToJson(bare)));
  bare.revalidant.data.hours_per_week.reset();  // no double at all: Boost's own text
  EXPECT_EQ(ToJsonText(bare), Serialize(ToJson(bare)));
  EXPECT_EQ(boost::json::parse(ToJsonText(full)).at("given_names").as_string(),
            full.revalidant.data.given_names);
}

TEST(HttpJsonRevalidant, UnknownFieldIsBadRequest) {
  auto v = J(kRevalidant);
  v.as_object()["nickname"] = "x";
  auto in = ParseRevalidantInput(v, false);
  ASSERT_FALSE(in.ok());
  EXPECT_EQ(in.error().code, ErrorCode::kBadRequest);
  EXPECT_TRUE(HasField(in.error(), "nickname", "unknown_field"));
}

TEST(HttpJsonRevalidant, UnknownNestedFieldIsBadRequestWithDottedPath) {
  auto v = J(kRevalidant);
  v.as_object()["contact"].as_object()["fax"] = "";
  auto in = ParseRevalidantInput(v, false);
  ASSERT_FALSE(in.ok());
  EXPECT_EQ(in.error().code, ErrorCode::kBadRequest);
  EXPECT_TRUE(HasField(in.error(), "contact.fax", "unknown_field"));
}

TEST(HttpJsonRevalidant, WrongTypeIsBadRequest) {
  auto v = J(kRevalidant);
  v.as_object()["hours_per_week"] = "32";
  auto in = ParseRevalidantInput(v, false);
  ASSERT_FALSE(in.ok());
  EXPECT_EQ(in.error().code, ErrorCode::kBadRequest);
  EXPECT_TRUE(HasField(in.error(), "hours_per_week", "wrong_type"));
}

TEST(HttpJsonRevalidant, InvalidDateAndMissingStatusAre422) {
  auto v = J(kRevalidant);
  v.as_object()["date_of_birth"] = "1980-02-30";
  v.as_object().erase("employment_status");
  auto in = ParseRevalidantInput(v, false);
  ASSERT_FALSE(in.ok());
  EXPECT_EQ(in.error().code, ErrorCode::kInvalidInput);
  EXPECT_TRUE(HasField(in.error(), "date_of_birth", "invalid_date"));
  EXPECT_TRUE(HasField(in.error(), "employment_status", "required"));
}

TEST(HttpJsonRevalidant, UnknownEmploymentStatusIsInvalidValue) {
  auto v = J(kRevalidant);
  v.as_object()["employment_status"] = "rentenier";
  auto in = ParseRevalidantInput(v, false);
  ASSERT_FALSE(in.ok());
  EXPECT_EQ(in.error().code, ErrorCode::kInvalidInput);
  EXPECT_TRUE(HasField(in.error(), "employment_status", "invalid_value"));
}

TEST(HttpJsonRevalidant, UpdateRequiresVersionAndCreateRejectsIt) {
  auto update = ParseRevalidantInput(J(kRevalidant), true);
  ASSERT_FALSE(update.ok());
  EXPECT_TRUE(HasField(update.error(), "version", "required"));
  auto v = J(kRevalidant);
  v.as_object()["version"] = 3;
  auto ok = ParseRevalidantInput(v, true);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->version, 3);
  auto create = ParseRevalidantInput(v, false);
  ASSERT_FALSE(create.ok());
  EXPECT_TRUE(HasField(create.error(), "version", "unknown_field"));
}

TEST(HttpJsonSession, LoginNeedsBothStrings) {
  auto ok = ParseLogin(J(R"({"username":"ric","password":"werkpad-demo-2026"})"));
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->username, "ric");
  auto missing = ParseLogin(J(R"({"username":"ric"})"));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kInvalidInput);
  EXPECT_TRUE(HasField(missing.error(), "password", "required"));
  auto extra = ParseLogin(J(R"({"username":"ric","password":"x","remember":true})"));
  ASSERT_FALSE(extra.ok());
  EXPECT_EQ(extra.error().code, ErrorCode::kBadRequest);
  auto typed = ParseLogin(J(R"({"username":1,"password":"x"})"));
  ASSERT_FALSE(typed.ok());
  EXPECT_EQ(typed.error().code, ErrorCode::kBadRequest);
}

TEST(HttpJsonSession, SecondFactorIsExactlyOneOfCodeOrRecoveryCode) {
  auto code = ParseSecondFactor(J(R"({"code":"123456"})"));
  ASSERT_TRUE(code.ok());
  EXPECT_EQ(code->code, std::optional<std::string>("123456"));
  EXPECT_FALSE(code->recovery_code.has_value());
  auto rc = ParseSecondFactor(J(R"({"recovery_code":"abcd-efgh-ijkl"})"));
  ASSERT_TRUE(rc.ok());
  EXPECT_EQ(rc->recovery_code, std::optional<std::string>("abcd-efgh-ijkl"));
  auto none = ParseSecondFactor(J("{}"));
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, ErrorCode::kInvalidInput);
  auto both = ParseSecondFactor(J(R"({"code":"1","recovery_code":"2"})"));
  ASSERT_FALSE(both.ok());
  EXPECT_EQ(both.error().code, ErrorCode::kInvalidInput);
}

TEST(HttpJsonCommon, EmptyBodyOnlyAcceptsNoFields) {
  EXPECT_TRUE(ParseEmpty(J("{}"), "x").ok());
  auto st = ParseEmpty(J(R"({"a":1})"), "x");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, ErrorCode::kBadRequest);
}

TEST(HttpJsonCommon, BodyNeedsJsonContentType) {
  Request r;
  r.body = R"({"a":1})";
  EXPECT_EQ(ParseBody(r).error().code, ErrorCode::kBadRequest);
  r.headers["content-type"] = "text/plain";
  EXPECT_EQ(ParseBody(r).error().code, ErrorCode::kBadRequest);
  r.headers["content-type"] = "application/json; charset=utf-8";
  EXPECT_TRUE(ParseBody(r).ok());
  r.body = "{not json";
  EXPECT_EQ(ParseBody(r).error().code, ErrorCode::kBadRequest);
  r.body = "[1,2]";
  EXPECT_EQ(ParseBody(r).error().code, ErrorCode::kBadRequest);
  r.body.clear();
  auto empty = ParseBody(r);
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->as_object().empty());
}

TEST(HttpJsonCommon, PageDefaultsAndRejectsNonNumbers) {
  Request r;
  auto def = ParsePage(r);
  ASSERT_TRUE(def.ok());
  EXPECT_EQ(def->page, 1);
  EXPECT_EQ(def->page_size, 25);
  r.query = ParseQueryString("page=3&page_size=50");
  EXPECT_EQ(ParsePage(r)->page, 3);
  EXPECT_EQ(ParsePage(r)->page_size, 50);
  r.query = ParseQueryString("page=abc");
  EXPECT_EQ(ParsePage(r).error().code, ErrorCode::kBadRequest);
  r.query = ParseQueryString("page_size=99999999999999999999");
  EXPECT_EQ(ParsePage(r).error().code, ErrorCode::kBadRequest);  // does not fit
  r.query = ParseQueryString("page_size=5000000");
  EXPECT_GT(ParsePage(r)->page_size, 100);  // left to the service's range check (422)
}

TEST(HttpJsonCommon, PathIdMustBeAPositiveInteger) {
  PathParams p;
  p.Add("id", "17");
  EXPECT_EQ(*ParsePathId(p), 17);
  for (std::string bad : {"0", "-3", "abc", "1e3", "", "12x"}) {
    PathParams q;
    q.Add("id", bad);
    auto id = ParsePathId(q);
    ASSERT_FALSE(id.ok()) << bad;
    EXPECT_EQ(id.error().code, ErrorCode::kNotFound);
  }
}

TEST(HttpJsonUsers, NewUserAndUpdate) {
  auto in = ParseNewUser(J(R"({"username":"nieuw","display_name":"N","email":"","role":"therapeut",
                              "discipline":"ergotherapie","team_ids":[1,2]})"));
  ASSERT_TRUE(in.ok()) << in.error().message;
  EXPECT_EQ(in->team_ids.size(), 2u);
  EXPECT_FALSE(in->password.has_value());
  auto bad_ids = ParseNewUser(J(R"({"username":"x","display_name":"N","role":"ric","team_ids":["a"]})"));
  ASSERT_FALSE(bad_ids.ok());
  EXPECT_TRUE(HasField(bad_ids.error(), "team_ids[0]", "wrong_type"));
  auto no_version = ParseUserUpdate(J(R"({"display_name":"N","email":"","role":"ric",
                                         "discipline":null,"team_ids":[]})"));
  ASSERT_FALSE(no_version.ok());
  EXPECT_EQ(no_version.error().code, ErrorCode::kInvalidInput);
  EXPECT_TRUE(HasField(no_version.error(), "version", "required"));
}

TEST(HttpJsonOrganisation, InstitutionNeedsVersion) {
  auto in = ParseInstitution(J(R"({"name":"RC","address":"","postal_code":"","city":"",
      "phone":"","email":"","website":"","ric_model":"vast","version":2})"));
  ASSERT_TRUE(in.ok());
  EXPECT_EQ(in->version, 2);
  EXPECT_EQ(in->ric_model, "vast");
  EXPECT_FALSE(ParseInstitution(J(R"({"name":"RC","ric_model":"vast"})")).ok());
  auto extra = ParseTeamName(J(R"({"name":"A","colour":"red"})"));
  ASSERT_FALSE(extra.ok());
  EXPECT_EQ(extra.error().code, ErrorCode::kBadRequest);
}

TEST(HttpJsonAudit, QueryAcceptsDatesAndTimestamps) {
  Request r;
  r.query = ParseQueryString("revalidant_id=4&from=2026-11-01&to=2026-11-23T10:00:00.000Z&page=2");
  auto q = ParseAuditQuery(r);
  ASSERT_TRUE(q.ok()) << q.error().message;
  EXPECT_EQ(q->revalidant_id, core::RevalidantId(4));
  ASSERT_TRUE(q->from.has_value());
  EXPECT_EQ(core::FormatInstant(*q->from), "2026-11-01T00:00:00.000Z");
  EXPECT_EQ(core::FormatInstant(*q->to), "2026-11-23T10:00:00.000Z");
  EXPECT_EQ(q->page.page, 2);
  r.query = ParseQueryString("from=gisteren");
  auto bad = ParseAuditQuery(r);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidInput);
  EXPECT_TRUE(HasField(bad.error(), "from", "invalid_date"));
  r.query = ParseQueryString("user_id=x");
  EXPECT_EQ(ParseAuditQuery(r).error().code, ErrorCode::kBadRequest);
}

// Doubles go out as plain decimals (Boost.JSON alone writes "4.833E1"), and read back the same.
TEST(HttpJsonSerialize, DoublesArePlainDecimals) {
  bj::value v = bj::object{{"ao_percentage", 48.33},
                           {"whole", 35.0},
                           {"euros", bj::array{1550.0, 1950.03, 100000000.0, 0.1}},
                           {"text", "a \"quoted\" E1\n"},
                           {"n", 7},
                           {"none", nullptr}};
  const std::string text = Serialize(v);
  EXPECT_EQ(text, R"({"ao_percentage":48.33,"whole":35,"euros":[1550,1950.03,100000000,0.1],)"
                  R"("text":"a \"quoted\" E1\n","n":7,"none":null})");
  const bj::value back = boost::json::parse(text);
  EXPECT_DOUBLE_EQ(back.at("ao_percentage").to_number<double>(), 48.33);
  EXPECT_DOUBLE_EQ(back.at("euros").at(1).to_number<double>(), 1950.03);
  // Without a double the output is Boost's own.
  EXPECT_EQ(Serialize(bj::object{{"a", 1}}), R"({"a":1})");
  // With one, keys and strings are still escaped as Boost does it, also beyond one read buffer.
  const std::string long_text = std::string(600, 'x') + "\"\u00e9\t";
  bj::value mixed = bj::object{{"k\"ey", long_text}, {"d", 1.5}};
  bj::value no_double = bj::object{{"k\"ey", long_text}, {"d", 2}};
  std::string expected = bj::serialize(no_double);
  expected.replace(expected.size() - 2, 1, "1.5");
  EXPECT_EQ(Serialize(mixed), expected);
  EXPECT_EQ(boost::json::parse(Serialize(mixed)).at("k\"ey").as_string(), long_text);
}

}  // namespace
}  // namespace werkpad::http::json
