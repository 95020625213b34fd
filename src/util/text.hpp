#pragma once
// String helpers with nothing mirage-specific in them.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mirage::text {

// The byte offset of the first invalid UTF-8 sequence, or nullopt when valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

// `s` with every invalid UTF-8 byte replaced by U+FFFD, safe to print.
std::string sanitize_utf8(std::string_view s);

// Number of code points in a valid UTF-8 string (display width approximation).
std::size_t utf8_length(std::string_view s);

// Levenshtein distance over bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a likely typo.
std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

// Folds every run of white space (ASCII and U+00A0) to one space and trims.
std::string fold_space(std::string_view s);

// Approximate substring search: the passage of `text` that `needle` is closest to by edit
// distance (the fewest insertions, deletions and substitutions turning the passage into the
// needle), widened to whole words. Bytes [begin, end) of `text`.
struct Passage {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t distance = 0;
};
Passage closest_passage(std::string_view needle, std::string_view text);

// Splits into lines without their line terminators (\n, \r\n).
std::vector<std::string_view> split_lines(std::string_view s);

// "a, b or c"
std::string join_or(const std::vector<std::string>& items, std::string_view quote = "'");

// Integer with thousands separators: 1301 -> "1,301".
std::string thousands(long long n);

std::string to_lower(std::string_view s);

}  // namespace mirage::text
