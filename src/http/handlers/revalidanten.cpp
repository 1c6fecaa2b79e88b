// GET/POST /revalidanten, GET/PUT /revalidanten/{id}.
#include <boost/json/monotonic_resource.hpp>

#include "http/json/revalidanten.hpp"

#include "http/handlers/handlers.hpp"

namespace werkpad::http::handlers {
namespace {

// The revalidant as JSON text, written without a document (json::ToJsonText).
constexpr auto ViewJson = [](const service::RevalidantView& v) {
  return json::Serialized{json::ToJsonText(v)};
};

}  // namespace

Response SearchRevalidanten(const Env& env, const Call& call) {
  auto page = json::ParsePage(call.request);
  if (!page.ok()) return ErrorResponse(page.error());
  service::RevalidantSearch search;
  if (const std::string* q = call.request.Query("q")) search.q = *q;
  search.page = *page;
  auto result = env.services.revalidanten.Search(call.ctx(), search);
  return Respond(result, 200, [](const auto& p) {
    json::bj::array items;
    for (const auto& item : p.items) items.push_back(json::ToJson(item));
    return json::PageEnvelope(std::move(items), p.page, p.page_size, p.total);
  });
}

Response CreateRevalidant(const Env& env, const Call& call) {
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto in = json::ParseRevalidantInput(*body, /*with_version=*/false);
  if (!in.ok()) return ErrorResponse(in.error());
  auto result = env.services.revalidanten.Create(call.ctx(), std::move(in->data));
  return Respond(result, 201, ViewJson);
}

Response GetRevalidant(const Env& env, const Call& call) {
  auto id = json::ParsePathId(call.params);
  if (!id.ok()) return ErrorResponse(id.error());
  return RespondLater(env.services.revalidanten.GetLater(call.ctx(), core::RevalidantId(*id)), 200,
                      ViewJson);
}

Response UpdateRevalidant(const Env& env, const Call& call) {
  auto id = json::ParsePathId(call.params);
  if (!id.ok()) return ErrorResponse(id.error());
  // The body's JSON only lives until its fields are copied out: parse it into a stack buffer.
  unsigned char buffer[8192];
  json::bj::monotonic_resource resource(buffer, sizeof buffer);
  auto body = json::ParseBody(call.request, json::bj::storage_ptr(&resource));
  if (!body.ok()) return ErrorResponse(body.error());
  auto in = json::ParseRevalidantInput(*body, /*with_version=*/true);
  if (!in.ok()) return ErrorResponse(in.error());
  return RespondLater(env.services.revalidanten.UpdateLater(call.ctx(), core::RevalidantId(*id),
                                                           in->version, std::move(in->data)),
                      200, ViewJson);
}

}  // namespace werkpad::http::handlers
