#include "domain/wia/estimate.hpp"

#include <algorithm>
#include <functional>
#include <string>

namespace werkpad::domain::wia {

std::string_view ToCode(WiaOutcome o) {
  switch (o) {
    case WiaOutcome::kGeenWia:
      return "geen_wia";
    case WiaOutcome::kWga:
      return "wga";
    case WiaOutcome::kIva:
      return "iva";
  }
  return "geen_wia";
}

core::Result<Cents> RemainingEarningCapacity(std::span<const Cents> function_wages) {
  std::vector<core::FieldError> errors;
  if (function_wages.size() < kMinSuitableFunctions) {
    errors.push_back({"functielonen", "too_few_functions",
                      "at least three suitable functions are needed, got " +
                          std::to_string(function_wages.size())});
  }
  for (std::size_t i = 0; i < function_wages.size(); ++i) {
    std::string path = "functielonen[" + std::to_string(i) + "]";
    if (function_wages[i] <= 0) {
      errors.push_back({path, "not_positive", "a function's wage must be more than zero"});
    } else if (function_wages[i] > kMaxCents) {
      errors.push_back({path, "out_of_range", "is implausibly high"});
    }
  }
  if (!errors.empty()) {
    return core::Error::Invalid("the suitable functions are invalid", std::move(errors));
  }
  std::vector<Cents> sorted(function_wages.begin(), function_wages.end());
  std::sort(sorted.begin(), sorted.end(), std::greater<>());
  return sorted[1];  // the middle of the three highest
}

int LossOfEarningCapacityHundredths(Cents maatmanloon, Cents restverdiencapaciteit) {
  if (restverdiencapaciteit >= maatmanloon) return 0;
  // Both are at most 1e10, so the product stays below 1e14: no overflow in 64 bits. Integer
  // division truncates, which is rounding down for these non-negative values.
  return static_cast<int>((maatmanloon - restverdiencapaciteit) * 10'000 / maatmanloon);
}

WiaOutcome OutcomeFor(int ao_hundredths, bool duurzaam) {
  if (ao_hundredths < kWiaThresholdHundredths) return WiaOutcome::kGeenWia;
  if (ao_hundredths < kFullyDisabledHundredths) return WiaOutcome::kWga;
  return duurzaam ? WiaOutcome::kIva : WiaOutcome::kWga;
}

core::Result<WiaEstimate> EstimateWia(const WiaInput& input) {
  std::vector<core::FieldError> errors;
  if (input.maatmanloon <= 0) {
    errors.push_back({"maatmanloon", "not_positive", "must be more than zero"});
  } else if (input.maatmanloon > kMaxCents) {
    errors.push_back({"maatmanloon", "out_of_range", "is implausibly high"});
  }
  const bool has_rvc = input.restverdiencapaciteit.has_value();
  const bool has_functions = !input.functielonen.empty();
  if (has_rvc == has_functions) {
    errors.push_back({"restverdiencapaciteit", "exactly_one_required",
                      "give either the remaining earning capacity or the wages of the suitable "
                      "functions, not both and not neither"});
  }
  if (has_rvc) {
    if (*input.restverdiencapaciteit < 0) {
      errors.push_back({"restverdiencapaciteit", "negative", "must not be negative"});
    } else if (*input.restverdiencapaciteit > kMaxCents) {
      errors.push_back({"restverdiencapaciteit", "out_of_range", "is implausibly high"});
    }
  }
  WiaEstimate out;
  if (has_functions && !has_rvc) {
    auto rvc = RemainingEarningCapacity(input.functielonen);
    if (!rvc.ok()) {
      for (auto& f : rvc.error().fields) errors.push_back(f);
    } else {
      out.restverdiencapaciteit = *rvc;
      std::vector<Cents> sorted = input.functielonen;
      std::sort(sorted.begin(), sorted.end(), std::greater<>());
      out.functions_used.assign(sorted.begin(), sorted.begin() + kMinSuitableFunctions);
    }
  }
  if (!errors.empty()) return core::Error::Invalid("the WIA input is invalid", std::move(errors));
  if (has_rvc) out.restverdiencapaciteit = *input.restverdiencapaciteit;
  out.ao_hundredths = LossOfEarningCapacityHundredths(input.maatmanloon, out.restverdiencapaciteit);
  out.outcome = OutcomeFor(out.ao_hundredths, input.duurzaam);
  return out;
}

}  // namespace werkpad::domain::wia
