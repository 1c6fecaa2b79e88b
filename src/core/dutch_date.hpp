#pragma once

#include "core/date.hpp"

namespace werkpad::core {

// The calendar date in the Netherlands (Europe/Amsterdam: CET, CEST in summer) at an instant.
// "Today" in every rule a person sees (a date may not lie in the future, a portal signature's
// date, what is due or overdue) is the Dutch date, not the UTC one: between midnight and 01:00
// (02:00 in summer) Dutch time the two differ.
Date DutchDate(Instant t);

}  // namespace werkpad::core
