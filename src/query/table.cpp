#include "query/table.hpp"

#include <stdexcept>

#include <fmt/format.h>

namespace mirage::query {

std::optional<std::size_t> Table::column(std::string_view name) const {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].name == name) return i;
  return std::nullopt;
}

const Cell& Table::at(std::size_t row, std::string_view name) const {
  const auto c = column(name);
  if (!c) throw std::out_of_range(fmt::format("no column '{}'", name));
  return rows.at(row).at(*c);
}

std::string Table::count_line() const {
  return fmt::format("{} {}", rows.size(), rows.size() == 1 ? singular : plural);
}

}  // namespace mirage::query
