#pragma once
// mirage totals: published figures summed per metric over a period.
//
//   query::TotalsOptions options;
//   options.period = {from, to};      // model::Date; either may be left open
//   query::Totals t = query::totals(archive, options);
//   t.table      one row per metric: metric, total, sets (the figure sets added)
//   t.left_out   the figure sets not counted, each with the reason
//
// The rules, the same for every caller:
// - A figure set is counted when its whole period lies inside the asked period (or,
//   with by_year, inside that year). A set whose period only partly overlaps it is not
//   counted and is listed in left_out with the reason; sets wholly outside are ignored.
// - A breakdown (Statistic::breakdown_of) is never counted together with its whole:
//   when the whole (or the whole's whole) is counted for a metric in the same period,
//   the breakdown's figure for that metric is left out (and listed, with the reason).
#include <optional>
#include <string>
#include <vector>

#include "model/records.hpp"
#include "query/common.hpp"
#include "query/table.hpp"

namespace mirage::query {

struct TotalsOptions {
  Period period;                       // unbounded: every figure set
  std::vector<model::Metric> metrics;  // empty: every metric that has a counted figure
  bool by_year = false;                // one total per year and metric
  bool cumulative = false;             // running totals year by year (implies by_year)
};

// A figure set that was not counted, and why ("its period 2004-2005 only partly
// overlaps 2002-2004").
struct LeftOut {
  std::string id;
  std::string reason;
  friend bool operator==(const LeftOut&, const LeftOut&) = default;
};

struct Totals {
  // Without by_year: metric (text), total (integer), sets (texts: the ids added).
  // With by_year:    year (year), metric, total, sets.
  // With cumulative: year, metric, total, cumulative (integer), sets.
  // Rows in year order, then in the order of model::Metric. A metric asked for with
  // --metric that has no counted figure gets a row with an empty total (without by_year).
  Table table;
  std::vector<LeftOut> left_out;  // by id, then reason
};

Totals totals(const model::Archive& archive, const TotalsOptions& options = {});

}  // namespace mirage::query
