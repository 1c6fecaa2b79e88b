#pragma once

#include "http/json/common.hpp"
#include "service/partner_service.hpp"

namespace werkpad::http::json {

// DTOs of the network partner and handover endpoints (docs/api.md "Netwerkpartners en
// overdracht"). Strict readers like the others.

core::Result<service::PartnerInput> ParsePartner(const bj::value& body, bool with_version);
core::Result<service::PartnerEndInput> ParsePartnerEnd(const bj::value& body);
core::Result<service::MomentInputView> ParseMoment(const bj::value& body, bool with_version);
core::Result<service::HandoverInput> ParseHandover(const bj::value& body);

bj::object ToJson(const service::PartnerView& v);
bj::object ToJson(const std::vector<service::PartnerView>& list);
bj::object ToJson(const service::MomentView& v);
bj::object ToJson(const std::vector<service::MomentView>& list);
bj::object ToJson(const service::PartnerMatrixView& v);
bj::object ToJson(const service::HandoverView& v);
bj::object ToJson(const service::ClosingView& v);

}  // namespace werkpad::http::json
