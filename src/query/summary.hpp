#pragma once
// mirage summary: the record per country, per year, or one country year by year.
//
// Every function takes the archive and options and returns a Table; none reads
// anything else, so two revisions' archives can be summarised and compared.
//
// What counts for a country: meetings it hosted (Meeting::country), investigations it
// took part in (Investigation::countries), activities that name it (Activity::country or
// ::countries). Its partners are the other countries named in the same investigations
// and activities. A record counts in every year it covers (2004-2005 in 2004 and 2005).
// Historical entities stay themselves: CS (Serbia and Montenegro) is not RS (Serbia).
#include <string>

#include "model/records.hpp"
#include "query/common.hpp"
#include "query/table.hpp"

namespace mirage::query {

struct SummaryOptions {
  Names names = Names::current;  // historical: the names a country had in its active years
  Period period;                 // only records that meet it, and only its years
  std::size_t partners = 3;      // how many partners to show
};

// One row per registered country, by code. Columns: code, name (text), meetings_hosted,
// investigations, activities (integer), years_active (years), partners (countries, each
// with the number of records shared; most shared first, then by code).
Table summary_by_country(const model::Archive& archive, const SummaryOptions& options = {});

// One row per year that has a record (in order), then one for undated records (empty year)
// when there are any. Columns: year (year), meetings, investigations (documented in the
// records), joint_investigations_reported (integer: the joint_investigations the figure
// sets of that year publish, empty when none do), activities, figure_sets (integer).
Table summary_by_year(const model::Archive& archive, const SummaryOptions& options = {});

// One country (a code) year by year: one row per year it has a record in, then undated.
// Columns: year (year), meetings_hosted, investigations, activities (integer),
// partners (countries), records (texts: the ids).
Table summary_of_country(const model::Archive& archive, const std::string& code,
                         const SummaryOptions& options = {});

}  // namespace mirage::query
