#include "query/totals.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

namespace mirage::query {

using namespace model;

namespace {

const Statistic* find_statistic(const Archive& archive, const std::string& id) {
  for (const auto& s : archive.statistics)
    if (s.id.value == id) return &s;
  return nullptr;
}

std::optional<long long> figure(const Statistic& s, Metric m) {
  for (const auto& f : s.figures)
    if (f.metric == m) return f.value.value;
  return std::nullopt;
}

std::string period_text(const Statistic& s) {
  return s.from.value == s.to.value ? s.from.value.to_string()
                                    : s.from.value.to_string() + "-" + s.to.value.to_string();
}

struct Bucket {
  Period period;
  std::optional<int> year;
};

struct Sum {
  long long total = 0;
  std::vector<std::string> sets;
};

}  // namespace

Totals totals(const Archive& archive, const TotalsOptions& options) {
  const bool by_year = options.by_year || options.cumulative;
  auto wanted = [&](Metric m) {
    return options.metrics.empty() || std::find(options.metrics.begin(), options.metrics.end(), m) != options.metrics.end();
  };
  auto relevant = [&](const Statistic& s) {
    return std::any_of(s.figures.begin(), s.figures.end(), [&](const Figure& f) { return wanted(f.metric); });
  };

  std::set<std::pair<std::string, std::string>> left_out;
  // The buckets: the asked period, or each year of it that some figure set lies in.
  std::vector<Bucket> buckets;
  if (!by_year) {
    buckets.push_back({options.period, std::nullopt});
  } else {
    std::set<int> years;
    for (const auto& s : archive.statistics) {
      if (!relevant(s)) continue;
      const int first = s.from.value.first_day(), last = s.to.value.last_day();
      if (!options.period.overlaps(first, last)) continue;
      if (s.from.value.year != s.to.value.year) {
        left_out.insert({s.id.value, fmt::format("its period {} spans more than one year", period_text(s))});
        continue;
      }
      if (!options.period.contains(first, last)) {
        left_out.insert({s.id.value, fmt::format("its period {} only partly overlaps {}", period_text(s),
                                                 options.period.to_string())});
        continue;
      }
      years.insert(s.from.value.year);
    }
    for (int y : years) {
      Date d;
      d.year = y;
      buckets.push_back({Period{d, d}, y});
    }
  }

  Totals result;
  Table& t = result.table;
  t.singular = "total";
  t.plural = "totals";
  if (by_year) t.columns.push_back({"year", ColumnType::year});
  t.columns.push_back({"metric", ColumnType::text});
  t.columns.push_back({"total", ColumnType::integer});
  if (options.cumulative) t.columns.push_back({"cumulative", ColumnType::integer});
  t.columns.push_back({"sets", ColumnType::texts, true});

  std::map<Metric, long long> running;
  for (const auto& bucket : buckets) {
    // The sets counted in this bucket: wholly inside its period.
    std::vector<const Statistic*> counted;
    for (const auto& s : archive.statistics) {
      if (!relevant(s)) continue;
      const int first = s.from.value.first_day(), last = s.to.value.last_day();
      if (bucket.period.contains(first, last)) {
        counted.push_back(&s);
      } else if (!by_year && bucket.period.overlaps(first, last)) {
        left_out.insert({s.id.value, fmt::format("its period {} only partly overlaps {}", period_text(s),
                                                 bucket.period.to_string())});
      }
    }
    auto is_counted = [&](const Statistic* s) { return std::find(counted.begin(), counted.end(), s) != counted.end(); };

    std::map<Metric, Sum> sums;
    for (const Statistic* s : counted) {
      for (const auto& f : s->figures) {
        if (!wanted(f.metric)) continue;
        // Never count a breakdown with its whole: look up the chain of wholes.
        const Statistic* whole = nullptr;
        const Statistic* cur = s;
        for (int depth = 0; depth < 32 && cur->breakdown_of; ++depth) {
          const Statistic* up = find_statistic(archive, cur->breakdown_of->value);
          if (!up) break;
          if (is_counted(up) && figure(*up, f.metric)) {
            whole = up;
            break;
          }
          cur = up;
        }
        if (whole) {
          left_out.insert({s->id.value, fmt::format("{} is a breakdown of {}, which is counted",
                                                    to_string(f.metric), whole->id.value)});
          continue;
        }
        Sum& sum = sums[f.metric];
        sum.total += f.value.value;
        sum.sets.push_back(s->id.value);
      }
    }

    for (const auto& e : enum_names(Metric{})) {
      const Metric m = e.value;
      auto it = sums.find(m);
      if (it == sums.end() && (by_year || options.metrics.empty() || !wanted(m))) continue;
      // Cells built one by one into a sized row (GCC 12 warns falsely when a vector of
      // variants grows by push_back).
      Cell total;
      if (it != sums.end()) total.emplace<long long>(it->second.total);
      if (options.cumulative) running[m] += it == sums.end() ? 0 : it->second.total;
      std::vector<Cell> row(t.columns.size());
      std::size_t c = 0;
      if (by_year) row[c++] = Cell(static_cast<long long>(*bucket.year));
      row[c++] = Cell(std::string(e.name));
      row[c++] = total;
      if (options.cumulative) row[c++] = Cell(running[m]);
      row[c++] = Cell(it == sums.end() ? std::vector<std::string>{} : it->second.sets);
      t.rows.push_back(std::move(row));
    }
  }

  for (const auto& [id, reason] : left_out) result.left_out.push_back({id, reason});
  return result;
}

}  // namespace mirage::query
