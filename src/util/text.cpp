#include "util/text.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <numeric>

namespace mirage::text {

std::optional<std::size_t> find_invalid_utf8(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += len;
  }
  return std::nullopt;
}

std::string sanitize_utf8(std::string_view s) {
  std::string out;
  while (auto bad = find_invalid_utf8(s)) {
    out.append(s.substr(0, *bad)).append("\xEF\xBF\xBD");
    s.remove_prefix(*bad + 1);
  }
  out.append(s);
  return out;
}

std::size_t utf8_length(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates) {
  const std::string lower = to_lower(word);
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  for (const auto& c : candidates) {
    const std::size_t d = edit_distance(lower, to_lower(c));
    if (!best || d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  // A likely typo: at most a third of the word changed (and at least one edit allowed).
  const std::size_t limit = std::max<std::size_t>(1, word.size() / 3);
  if (best && best_distance <= limit && best_distance > 0) return best;
  if (best && best_distance == 0 && *best != word) return best;  // differs only in case
  return std::nullopt;
}

std::string fold_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      space = true;
      ++i;
    }
    if (space) {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

namespace {

// Sellers' algorithm: edit distance from `needle` to the best substring of `text`, with the
// start of that substring carried along each cell. O(needle x text) time, O(text) memory.
Passage sellers(std::string_view needle, std::string_view text, std::size_t offset) {
  const std::size_t n = text.size();
  std::vector<std::uint32_t> cost(n + 1, 0), start(n + 1);
  std::vector<std::uint32_t> next_cost(n + 1), next_start(n + 1);
  for (std::size_t j = 0; j <= n; ++j) start[j] = static_cast<std::uint32_t>(j);
  for (std::size_t i = 1; i <= needle.size(); ++i) {
    next_cost[0] = static_cast<std::uint32_t>(i);
    next_start[0] = 0;
    for (std::size_t j = 1; j <= n; ++j) {
      std::uint32_t best = cost[j - 1] + (needle[i - 1] == text[j - 1] ? 0u : 1u);
      std::uint32_t from = start[j - 1];
      if (cost[j] + 1 < best) {
        best = cost[j] + 1;
        from = start[j];
      }
      if (next_cost[j - 1] + 1 < best) {
        best = next_cost[j - 1] + 1;
        from = next_start[j - 1];
      }
      next_cost[j] = best;
      next_start[j] = from;
    }
    std::swap(cost, next_cost);
    std::swap(start, next_start);
  }
  Passage best{offset, offset, needle.size()};
  for (std::size_t j = 0; j <= n; ++j)
    if (cost[j] < best.distance) best = {offset + start[j], offset + j, cost[j]};
  return best;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

Passage closest_passage(std::string_view needle, std::string_view text) {
  if (needle.empty() || text.empty()) return {0, 0, needle.size()};
  Passage best;
  // A long text is searched only around the places where a longer word of the needle occurs:
  // the passage closest to a real quote shares its words.
  constexpr std::size_t kBudget = 16'000'000;  // cells of the full table worth computing
  std::vector<std::pair<std::size_t, std::size_t>> windows;
  if (needle.size() * text.size() > kBudget) {
    std::size_t i = 0;
    while (i < needle.size()) {
      while (i < needle.size() && is_space(needle[i])) ++i;
      std::size_t j = i;
      while (j < needle.size() && !is_space(needle[j])) ++j;
      const std::string_view word = needle.substr(i, j - i);
      if (word.size() >= 5)
        for (std::size_t at = text.find(word), hits = 0; at != std::string_view::npos && hits < 64;
             at = text.find(word, at + 1), ++hits)
          windows.emplace_back(at > needle.size() ? at - needle.size() : 0,
                               std::min(text.size(), at + 2 * needle.size()));
      i = j;
    }
    std::sort(windows.begin(), windows.end());
    std::vector<std::pair<std::size_t, std::size_t>> merged;
    for (const auto& w : windows) {
      if (!merged.empty() && w.first <= merged.back().second)
        merged.back().second = std::max(merged.back().second, w.second);
      else
        merged.push_back(w);
    }
    windows = std::move(merged);
  }
  if (windows.empty()) windows.emplace_back(0, text.size());
  bool first = true;
  for (const auto& [from, to] : windows) {
    const Passage p = sellers(needle, text.substr(from, to - from), from);
    if (first || p.distance < best.distance) best = p;
    first = false;
  }
  // Widen to whole words, so the passage starts and ends where a reader expects.
  while (best.begin > 0 && !is_space(text[best.begin - 1])) --best.begin;
  while (best.end < text.size() && !is_space(text[best.end])) ++best.end;
  while (best.begin < best.end && is_space(text[best.begin])) ++best.begin;
  while (best.end > best.begin && is_space(text[best.end - 1])) --best.end;
  return best;
}

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= s.size()) {
    const std::size_t nl = s.find('\n', start);
    std::string_view line = s.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (nl == std::string_view::npos) {
      if (!line.empty()) lines.push_back(line);
      break;
    }
    lines.push_back(line);
    start = nl + 1;
  }
  return lines;
}

std::string join_or(const std::vector<std::string>& items, std::string_view quote) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += (i + 1 == items.size()) ? " or " : ", ";
    out.append(quote).append(items[i]).append(quote);
  }
  return out;
}

std::string thousands(long long n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  const std::size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out = digits.substr(0, first);
  for (std::size_t i = first; i < digits.size(); i += 3) out += "," + digits.substr(i, 3);
  return n < 0 ? "-" + out : out;
}

std::string to_lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace mirage::text
