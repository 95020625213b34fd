#include "diff/answers.hpp"

namespace mirage::diff {

std::vector<AnswerChange> answers_diff(const model::Archive&, const model::Archive&) {
  return {};  // TODO(issue 4): see answers.hpp
}

}  // namespace mirage::diff
