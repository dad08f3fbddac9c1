#include "grammar/text/message.hpp"

#include "grammar/text/decimal.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::text {

namespace {

// The pattern with each {n} replaced by the n-th argument (1-based) and "{{" by "{",
// as Boost.Locale's format reads the catalog's patterns. A placeholder naming no
// argument is left out.
template <typename Args>
void substitute(std::string& out, std::string_view pattern, const Args& args) {
  std::size_t at = 0;
  while (at < pattern.size()) {
    const std::size_t open = pattern.find('{', at);
    if (open == std::string_view::npos) break;
    out.append(pattern.substr(at, open - at));
    if (open + 1 < pattern.size() && pattern[open + 1] == '{') {
      out += '{';
      at = open + 2;
      continue;
    }
    std::size_t close = open + 1;
    std::size_t index = 0;
    while (close < pattern.size() && pattern[close] >= '0' && pattern[close] <= '9') {
      index = index * 10 + static_cast<std::size_t>(pattern[close] - '0');
      ++close;
    }
    if (close == open + 1 || close >= pattern.size() || pattern[close] != '}') {  // not a placeholder
      out += '{';
      at = open + 1;
      continue;
    }
    if (index >= 1 && index <= args.size()) args[index - 1].append_to(out);
    at = close + 1;
  }
  out.append(pattern.substr(at));
}

}  // namespace

void message_arg::append_to(std::string& out) const {
  switch (form_) {
    case form::text: out += text_; return;
    case form::number: append_number(out, value_); return;
    case form::fixed: append_fixed(out, value_, places_); return;
    case form::points: out += format_points(value_, places_); return;
    case form::percent: append_percent(out, value_); return;
    case form::whole: out += std::to_string(static_cast<long long>(value_)); return;
    case form::label: out += tr(label_); return;
    case form::rendered: out += render_(text_); return;
    case form::nested: nested_->append_to(out); return;
  }
}

message_arg message_arg::nested(message inner) {
  message_arg out(form::nested, 0, 0);
  out.nested_ = std::make_shared<const message>(std::move(inner));
  return out;
}

void message::append_to(std::string& out) const {
  if (!id_) return;
  if (translated_) {
    substitute(out, tr(id_), args_);
  } else {
    substitute(out, id_, args_);
  }
}

std::string message::str() const {
  std::string out;
  append_to(out);
  return out;
}

void message_chain::append_to(std::string& out) const {
  for (const message& part : parts_) part.append_to(out);
}

std::string message_chain::str() const {
  std::string out;
  append_to(out);
  return out;
}

}  // namespace jixiao::text
