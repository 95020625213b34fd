#include <doctest/doctest.h>

#include "model/registry.hpp"

using namespace mirage::model;

namespace {

Archive countries() {
  Archive a;
  auto add = [&](std::string code, std::string name, std::vector<std::string> aliases = {}) {
    Country c;
    c.code.value = std::move(code);
    c.name.value = std::move(name);
    c.aliases = std::move(aliases);
    a.countries.push_back(std::move(c));
  };
  add("MK", "North Macedonia", {"Macedonia", "FYROM"});
  add("RO", "Romania");
  add("RS", "Serbia");
  return a;
}

}  // namespace

TEST_CASE("suggest_country: a code, a name or an alias, exactly or nearly") {
  const Archive a = countries();
  CHECK(suggest_country(a, "ro") == std::optional<std::string>("RO"));
  CHECK(suggest_country(a, "Romania") == std::optional<std::string>("RO"));
  CHECK(suggest_country(a, "FYROM") == std::optional<std::string>("MK"));
  CHECK(suggest_country(a, "Romnia") == std::optional<std::string>("RO"));
  CHECK(suggest_country(a, "Macedona") == std::optional<std::string>("MK"));
  CHECK(suggest_country(a, "Atlantis") == std::nullopt);
}
