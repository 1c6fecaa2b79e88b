#include "domain/forms/response.hpp"

#include "core/dutch_date.hpp"
#include "domain/forms/validation.hpp"

namespace werkpad::domain::forms {

namespace {

core::Status CheckBelongs(const FormDefinition& def, const FormResponse& r) {
  if (r.form_id != def.id || r.form_version != def.version) {
    return core::Error::Rule("the response belongs to form '" + r.form_id + "' version " +
                             std::to_string(r.form_version) + ", not '" + def.id + "' version " +
                             std::to_string(def.version));
  }
  return core::Ok();
}

core::Status CheckActor(const FormResponse& r, core::UserId by, core::Instant at,
                        std::string_view by_path, std::string_view at_path) {
  std::vector<core::FieldError> errors;
  if (!by.valid()) errors.push_back({std::string(by_path), "required", "a user is required"});
  if (!r.events.empty() && at < r.events.back().at) {
    errors.push_back(
        {std::string(at_path), "before_previous", "is before the previous event of this response"});
  }
  if (errors.empty()) return core::Ok();
  return core::Error::Invalid("invalid actor or time for the response", std::move(errors));
}

std::string StatusText(ResponseStatus s) { return std::string(ToCode(s)); }

}  // namespace

std::string_view ToCode(ResponseStatus s) {
  switch (s) {
    case ResponseStatus::kDraft:
      return "draft";
    case ResponseStatus::kFinal:
      return "final";
    case ResponseStatus::kSigned:
      return "signed";
  }
  return "draft";
}

std::optional<ResponseStatus> ParseResponseStatus(std::string_view code) {
  for (auto s : {ResponseStatus::kDraft, ResponseStatus::kFinal, ResponseStatus::kSigned}) {
    if (ToCode(s) == code) return s;
  }
  return std::nullopt;
}

std::string_view ToCode(SignatureMethod m) {
  return m == SignatureMethod::kPortal ? "portal" : "paper";
}

std::optional<SignatureMethod> ParseSignatureMethod(std::string_view code) {
  if (code == "portal") return SignatureMethod::kPortal;
  if (code == "paper") return SignatureMethod::kPaper;
  return std::nullopt;
}

std::string_view ToCode(ResponseEventType t) {
  switch (t) {
    case ResponseEventType::kCreated:
      return "created";
    case ResponseEventType::kSaved:
      return "saved";
    case ResponseEventType::kFinalised:
      return "finalised";
    case ResponseEventType::kSigned:
      return "signed";
    case ResponseEventType::kReopened:
      return "reopened";
  }
  return "created";
}

core::Result<FormResponse> NewResponse(const FormDefinition& def, core::UserId by,
                                       core::Instant at) {
  FormResponse r;
  r.form_id = def.id;
  r.form_version = def.version;
  WP_RETURN_IF_ERROR(CheckActor(r, by, at, "by", "at"));
  r.events.push_back({ResponseEventType::kCreated, by, at, {}, std::nullopt});
  return r;
}

core::Result<FormResponse> SaveDraft(const FormDefinition& def, const FormResponse& response,
                                     Answers answers, core::UserId by, core::Instant at) {
  WP_RETURN_IF_ERROR(CheckBelongs(def, response));
  if (response.status != ResponseStatus::kDraft) {
    return core::Error::Rule("the response is " + StatusText(response.status) +
                             " and cannot be edited; reopen it first");
  }
  WP_RETURN_IF_ERROR(CheckActor(response, by, at, "by", "at"));
  WP_RETURN_IF_ERROR(ValidateAnswers(def, answers, ValidationMode::kDraft));
  FormResponse next = response;
  next.answers = std::move(answers);
  next.events.push_back({ResponseEventType::kSaved, by, at, {}, std::nullopt});
  return next;
}

core::Result<FormResponse> Finalise(const FormDefinition& def, const FormResponse& response,
                                    core::UserId by, core::Instant at) {
  WP_RETURN_IF_ERROR(CheckBelongs(def, response));
  if (response.status != ResponseStatus::kDraft) {
    return core::Error::Rule("the response is already " + StatusText(response.status));
  }
  WP_RETURN_IF_ERROR(CheckActor(response, by, at, "by", "at"));
  WP_RETURN_IF_ERROR(ValidateAnswers(def, response.answers, ValidationMode::kFinal));
  FormResponse next = response;
  next.answers = FinalAnswers(def, response.answers);
  next.status = ResponseStatus::kFinal;
  next.events.push_back({ResponseEventType::kFinalised, by, at, {}, std::nullopt});
  return next;
}

core::Result<FormResponse> Sign(const FormDefinition& def, const FormResponse& response,
                                Signature signature) {
  WP_RETURN_IF_ERROR(CheckBelongs(def, response));
  if (!def.requires_signature) {
    return core::Error::Rule("form '" + def.id + "' does not take a signature");
  }
  if (response.status != ResponseStatus::kFinal) {
    return core::Error::Rule("only a final response can be signed; this one is " +
                             StatusText(response.status));
  }
  WP_RETURN_IF_ERROR(CheckActor(response, signature.recorded_by, signature.recorded_at,
                                "signature.recorded_by", "signature.recorded_at"));
  const core::Date recorded_on = core::DutchDate(signature.recorded_at);
  if (signature.method == SignatureMethod::kPortal) {
    // Signed in the portal: the system's timestamp is the signature's date.
    if (signature.signed_on.ok() && signature.signed_on != recorded_on) {
      return core::Error::Invalid("a portal signature is dated when it is recorded",
                                  {{"signature.signed_on", "mismatch",
                                    "must be the recording date for a portal signature"}});
    }
    signature.signed_on = recorded_on;
  } else if (!signature.signed_on.ok()) {
    return core::Error::Invalid("a paper signature needs the date on the paper",
                                {{"signature.signed_on", "required", "is required"}});
  } else if (core::DaysBetween(recorded_on, signature.signed_on) > 0) {
    return core::Error::Invalid(
        "the paper cannot be signed after it is recorded",
        {{"signature.signed_on", "in_future", "is after the day it is recorded"}});
  }
  FormResponse next = response;
  next.status = ResponseStatus::kSigned;
  next.signature = signature;
  next.events.push_back(
      {ResponseEventType::kSigned, signature.recorded_by, signature.recorded_at, {}, signature});
  return next;
}

core::Result<FormResponse> Reopen(const FormDefinition& def, const FormResponse& response,
                                  core::UserId by, core::Instant at, std::string reason) {
  WP_RETURN_IF_ERROR(CheckBelongs(def, response));
  if (response.status == ResponseStatus::kDraft) {
    return core::Error::Rule("the response is a draft already");
  }
  WP_RETURN_IF_ERROR(CheckActor(response, by, at, "by", "at"));
  if (!IsAnswered(Value{reason})) {
    return core::Error::Invalid("reopening needs a reason",
                                {{"reason", "required", "is required"}});
  }
  if (reason.size() > kMaxReopenReasonLength) {
    return core::Error::Invalid("the reason is too long",
                                {{"reason", "too_long", "is longer than 1000 characters"}});
  }
  FormResponse next = response;
  next.status = ResponseStatus::kDraft;
  next.signature.reset();
  next.events.push_back({ResponseEventType::kReopened, by, at, std::move(reason), std::nullopt});
  return next;
}

bool IsComplete(const FormDefinition& def, const FormResponse& response) {
  if (response.form_id != def.id || response.form_version != def.version) return false;
  if (def.requires_signature) return response.status == ResponseStatus::kSigned;
  return response.status == ResponseStatus::kFinal;
}

}  // namespace werkpad::domain::forms
