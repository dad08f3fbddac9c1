#include "grammar/text/message.hpp"

#include <cstring>

#include "grammar/text/decimal.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::text {

namespace {

// The pattern with each {n} replaced by the n-th argument (1-based) and "{{" by "{",
// as Boost.Locale's format reads the catalog's patterns. A placeholder naming no
// argument is left out.
template <typename Args>
void substitute(std::string& out, std::string_view pattern, const Args& args, std::size_t count, std::string_view texts,
                const std::vector<message>* nested) {
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
    if (index >= 1 && index <= count) args[index - 1].append_to(out, texts, nested);
    at = close + 1;
  }
  out.append(pattern.substr(at));
}

}  // namespace

void message_arg::append_to(std::string& out, std::string_view texts, const std::vector<message>* nested) const {
  switch (form_) {
    case form::text: out.append(texts.substr(at_, size_)); return;
    case form::number: append_number(out, value_); return;
    case form::fixed: append_fixed(out, value_, places_); return;
    case form::points: out += format_points(value_, places_); return;
    case form::percent: append_percent(out, value_); return;
    case form::whole: out += std::to_string(static_cast<long long>(value_)); return;
    case form::label: out += tr_view(label_); return;
    case form::rendered: out += render_(texts.substr(at_, size_)); return;
    case form::nested: (*nested)[at_].append_to(out); return;
    case form::borrowed_text: out.append(data_, size_); return;
    case form::borrowed_rendered: out += render_(std::string_view(data_, size_)); return;
  }
}

// What `other` says, but for its texts and nested messages: its source and the slots
// set, in blocks of a fixed size (two, four or all six): a copy of a size
// known when compiled is a few vector moves, where one of count_ slots calls
// memmove. Unset slots in the block are copied as bytes and never read.
void message::copy_args(const message& other) {
  constexpr std::size_t slot = sizeof(message_arg);
  id_ = other.id_;
  translated_ = other.translated_;
  count_ = other.count_;
  if (other.count_ == 0) return;
  if (other.count_ <= 2) {
    std::memcpy(args_.data(), other.args_.data(), 2 * slot);
  } else if (other.count_ <= 4) {
    std::memcpy(args_.data(), other.args_.data(), 4 * slot);
  } else {
    std::memcpy(args_.data(), other.args_.data(), max_args * slot);
  }
}

struct message::owned {
  std::string texts;  // form::text and form::rendered: all the message's, one after the other
  std::vector<message> nested;
};

message::message(const message& other) : owned_(other.owned_) { copy_args(other); }

// A moved-from message is empty: its texts are gone, so it keeps no argument that
// would read them.
message::message(message&& other) noexcept : owned_(std::move(other.owned_)) {
  copy_args(other);
  other.make_empty();
}

message& message::operator=(const message& other) {
  if (this != &other) *this = message(other);
  return *this;
}

message& message::operator=(message&& other) noexcept {
  if (this == &other) return *this;
  owned_ = std::move(other.owned_);
  copy_args(other);
  other.make_empty();
  return *this;
}

void message::make_empty() {
  id_ = nullptr;
  count_ = 0;
}

message::owned& message::own() {
  if (!owned_) owned_ = std::make_shared<owned>();
  return *owned_;
}

void message::set_text(message_arg& slot, message_arg::form how, std::string_view text,
                       message_arg::renderer render) {
  std::string& texts = own().texts;
  slot.form_ = how;
  slot.at_ = static_cast<std::uint32_t>(texts.size());
  slot.size_ = static_cast<std::uint32_t>(text.size());
  if (render != nullptr) slot.render_ = render;
  texts.append(text);
}

void message::set(message_arg& slot, message inner) {
  std::vector<message>& nested = own().nested;
  slot.form_ = message_arg::form::nested;
  slot.at_ = static_cast<std::uint32_t>(nested.size());
  nested.push_back(std::move(inner));
}

void message::set(message_arg& slot, const argument& arg) {
  if (const auto* value = std::get_if<message_arg>(&arg.value_)) {
    set(slot, *value);
  } else if (const auto* text = std::get_if<argument::owned_text>(&arg.value_)) {
    set_text(slot, text->render ? message_arg::form::rendered : message_arg::form::text, text->text, text->render);
  } else {
    set(slot, std::get<message>(arg.value_));
  }
}

void message::append_to(std::string& out) const {
  if (!id_) return;
  const std::string_view source = translated_ ? tr_view(id_) : std::string_view(id_);
  if (owned_) {
    substitute(out, source, args_, count_, owned_->texts, &owned_->nested);
  } else {
    substitute(out, source, args_, count_, {}, nullptr);
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
