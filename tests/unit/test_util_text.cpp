#include <doctest/doctest.h>

#include "util/text.hpp"

using namespace mirage::text;

TEST_CASE("find_invalid_utf8") {
  CHECK_FALSE(find_invalid_utf8("plain ascii"));
  CHECK_FALSE(find_invalid_utf8("Türkiye \xC2\xA0 €"));
  CHECK(find_invalid_utf8("ab\xE9z") == 2u);
  CHECK(find_invalid_utf8("\xC0\xAF") == 0u);          // overlong
  CHECK(find_invalid_utf8("\xED\xA0\x80") == 0u);      // surrogate
  CHECK(find_invalid_utf8("ok\xE2\x82") == 2u);        // truncated
}

TEST_CASE("sanitize_utf8 replaces each bad byte") {
  CHECK(sanitize_utf8("caf\xE9!") == "caf\xEF\xBF\xBD!");
  CHECK(sanitize_utf8("fine") == "fine");
}

TEST_CASE("utf8_length counts code points") {
  CHECK(utf8_length("abc") == 3);
  CHECK(utf8_length("Türkiye") == 7);
}

TEST_CASE("edit distance and closest") {
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(closest("cuntry", {"city", "country", "citations"}) == std::optional<std::string>("country"));
  CHECK(closest("zzzzzz", {"city", "country"}) == std::nullopt);
  CHECK(closest("Ro", {"RO", "MD"}) == std::optional<std::string>("RO"));
}

TEST_CASE("fold_space folds runs of white space, non-breaking spaces too") {
  CHECK(fold_space("  a \n\n b\t c  ") == "a b c");
  CHECK(fold_space("Contacts \xC2\xA0 \xC2\xA0 x") == "Contacts x");
}

TEST_CASE("split_lines handles LF, CRLF and a missing final newline") {
  auto lines = split_lines("a\r\nb\n\nc");
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == "a");
  CHECK(lines[2] == "");
  CHECK(lines[3] == "c");
  CHECK(split_lines("x\n").size() == 1);
}

TEST_CASE("join_or and thousands") {
  CHECK(join_or({"a"}) == "'a'");
  CHECK(join_or({"a", "b", "c"}) == "'a', 'b' or 'c'");
  CHECK(thousands(1301) == "1,301");
  CHECK(thousands(509) == "509");
  CHECK(thousands(1000000) == "1,000,000");
  CHECK(thousands(-1234) == "-1,234");
}

TEST_CASE("closest_passage finds the best window, widened to whole words") {
  const std::string text = "The 16th Mirage Task Force Meeting, 19th of May, Bucharest, Romania. Then lunch.";
  auto p = closest_passage("Task Force Meeting, 19 May", text);
  // "19 May" is four edits from "19th" and six from "19th of May": the first is closer.
  CHECK(text.substr(p.begin, p.end - p.begin) == "Task Force Meeting, 19th");
  CHECK(p.distance == 4);
  auto exact = closest_passage("Bucharest", text);
  CHECK(text.substr(exact.begin, exact.end - exact.begin) == "Bucharest,");
  CHECK(exact.distance == 0);
  CHECK(closest_passage("", text).distance == 0);
  CHECK(closest_passage("abc", "").distance == 3);
}

TEST_CASE("closest_passage stays fast and right in a long text") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "filler words of no interest at all ";
  const std::size_t at = text.size();
  text += "52 Persons Detained in 4 Countries during Operation TARA ";
  for (int i = 0; i < 20000; ++i) text += "more filler words ";
  auto p = closest_passage("53 Persons Detained in four Countries during Operation TARA", text);
  CHECK(p.begin == at);
  CHECK(text.substr(p.begin, p.end - p.begin) == "52 Persons Detained in 4 Countries during Operation TARA");
}
