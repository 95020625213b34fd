#include <doctest/doctest.h>

#include <map>
#include <sstream>

#include "cli/app.hpp"
#include "cli/report.hpp"
#include "util/errors.hpp"

using namespace mirage::cli;

namespace {

struct FakeWorld {
  std::ostringstream out, err;
  std::map<std::string, std::string> vars;
  Context ctx{out, err, MIRAGE_SOURCE_DIR, [this](const std::string& name) -> std::optional<std::string> {
                auto it = vars.find(name);
                if (it == vars.end()) return std::nullopt;
                return it->second;
              }};
};

}  // namespace

TEST_CASE("the diagnostic format: asked for, else github under GitHub Actions, else text") {
  FakeWorld w;
  CHECK(diagnostic_format(w.ctx, std::nullopt) == DiagnosticFormat::text);
  CHECK(diagnostic_format(w.ctx, std::string("json")) == DiagnosticFormat::json);
  w.vars["GITHUB_ACTIONS"] = "true";
  CHECK(diagnostic_format(w.ctx, std::nullopt) == DiagnosticFormat::github);
  CHECK(diagnostic_format(w.ctx, std::string("text")) == DiagnosticFormat::text);
  w.vars["GITHUB_ACTIONS"] = "false";
  CHECK(diagnostic_format(w.ctx, std::nullopt) == DiagnosticFormat::text);
}

TEST_CASE("colour: --color wins, then NO_COLOR, then whether the stream is a terminal") {
  FakeWorld w;
  GlobalOptions g;
  CHECK(use_color(g, w.ctx, true));
  CHECK_FALSE(use_color(g, w.ctx, false));
  w.vars["NO_COLOR"] = "1";
  CHECK_FALSE(use_color(g, w.ctx, true));
  g.color = "always";
  CHECK(use_color(g, w.ctx, false));
  w.vars["NO_COLOR"] = "";
  g.color = "never";
  CHECK_FALSE(use_color(g, w.ctx, true));
}

TEST_CASE("MIRAGE_TODAY stands in for today, and must be a day") {
  FakeWorld w;
  GlobalOptions g;
  CHECK_FALSE(pipeline_options(w.ctx, g).today);
  w.vars["MIRAGE_TODAY"] = "2026-01-31";
  REQUIRE(pipeline_options(w.ctx, g).today);
  CHECK(pipeline_options(w.ctx, g).today->to_string() == "2026-01-31");
  w.vars["MIRAGE_TODAY"] = "2026-01";
  CHECK_THROWS_AS(pipeline_options(w.ctx, g), mirage::UsageError);
}

TEST_CASE("validate on the shipped data: clean with --strict, no colour in JSON even with --color always") {
  FakeWorld w;
  const std::string data = std::string(MIRAGE_SOURCE_DIR) + "/data";
  const char* argv[] = {"mirage", "--color", "always", "--data", data.c_str(), "validate", "--strict", "--format", "json"};
  CHECK(run(9, argv, w.ctx) == kExitOk);
  CHECK(w.out.str() == "[]\n");
  CHECK(w.err.str().find("files checked: 0 errors, 0 warnings") != std::string::npos);
}
