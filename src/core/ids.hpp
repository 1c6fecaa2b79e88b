#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace werkpad::core {

// Strong integer id: an id of one kind cannot be passed where another is expected.
// Value 0 means "none"; database ids start at 1.
template <class Tag>
struct Id {
  std::int64_t value = 0;

  constexpr Id() = default;
  constexpr explicit Id(std::int64_t v) : value(v) {}
  constexpr bool valid() const { return value > 0; }
  auto operator<=>(const Id&) const = default;
};

using UserId = Id<struct UserTag>;
using TeamId = Id<struct TeamTag>;
using RevalidantId = Id<struct RevalidantTag>;
using TrajectId = Id<struct TrajectTag>;

}  // namespace werkpad::core

template <class Tag>
struct std::hash<werkpad::core::Id<Tag>> {
  std::size_t operator()(const werkpad::core::Id<Tag>& id) const noexcept {
    return std::hash<std::int64_t>{}(id.value);
  }
};
