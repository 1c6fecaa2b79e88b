#pragma once

#include <cstdint>
#include <vector>

namespace werkpad::store {

// A page request: 1-based page number, page_size between 1 and kMaxPageSize.
struct PageRequest {
  int page = 1;
  int page_size = 25;
  std::int64_t offset() const { return static_cast<std::int64_t>(page - 1) * page_size; }
};

inline constexpr int kMaxPageSize = 100;

template <class T>
struct Page {
  std::vector<T> items;
  std::int64_t total = 0;
  int page = 1;
  int page_size = 25;
};

}  // namespace werkpad::store
