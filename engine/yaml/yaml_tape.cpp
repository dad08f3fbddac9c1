#include "engine/yaml/yaml_tape.hpp"

namespace jixiao::engine {

namespace {

std::uint32_t next_index(const std::vector<yaml_event>& events, std::uint32_t at) {
  const yaml_event& e = events[at];
  return e.kind == yaml_event::sequence || e.kind == yaml_event::map ? e.end : at + 1;
}

const std::string empty_text;

}  // namespace

void yaml_tape_builder::OnNull(const YAML::Mark& mark, YAML::anchor_t) { push(yaml_event::null_value, mark, {}, false); }

// Aliases are refused before the tape is used (yaml_document's structure check); the
// tape records them as nothing.
void yaml_tape_builder::OnAlias(const YAML::Mark& mark, YAML::anchor_t) { push(yaml_event::null_value, mark, {}, false); }

void yaml_tape_builder::OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                                 const std::string& value) {
  push(yaml_event::scalar, mark, value, tag == "!");
}

void yaml_tape_builder::OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                                        YAML::EmitterStyle::value) {
  open(yaml_event::sequence, mark);
}

void yaml_tape_builder::OnSequenceEnd() { close(); }

void yaml_tape_builder::OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                                   YAML::EmitterStyle::value) {
  open(yaml_event::map, mark);
}

void yaml_tape_builder::OnMapEnd() { close(); }

void yaml_tape_builder::push(yaml_event::kind_t kind, const YAML::Mark& mark, const std::string& value, bool quoted) {
  if (done_) return;
  yaml_event e;
  e.kind = kind;
  e.quoted = quoted;
  e.byte = mark.is_null() ? -1 : mark.pos;
  e.value = value;
  tape_.events_.push_back(std::move(e));
}

void yaml_tape_builder::open(yaml_event::kind_t kind, const YAML::Mark& mark) {
  if (done_) return;
  push(kind, mark, {}, false);
  open_.push_back(static_cast<std::uint32_t>(tape_.events_.size() - 1));
}

void yaml_tape_builder::close() {
  if (done_ || open_.empty()) return;
  tape_.events_[open_.back()].end = static_cast<std::uint32_t>(tape_.events_.size());
  open_.pop_back();
}

yaml_node yaml_tape::root() const {
  static const yaml_tape empty_document = [] {
    yaml_tape t;
    t.events_.push_back(yaml_event{});
    return t;
  }();
  return events_.empty() ? yaml_node(&empty_document, 0) : yaml_node(this, 0);
}

YAML::NodeType::value yaml_node::Type() const {
  if (!tape_) return YAML::NodeType::Undefined;
  switch (event().kind) {
    case yaml_event::null_value: return YAML::NodeType::Null;
    case yaml_event::scalar: return YAML::NodeType::Scalar;
    case yaml_event::sequence: return YAML::NodeType::Sequence;
    case yaml_event::map: return YAML::NodeType::Map;
  }
  return YAML::NodeType::Undefined;
}

const std::string& yaml_node::Scalar() const {
  return tape_ && event().kind == yaml_event::scalar ? event().value : empty_text;
}

std::string yaml_node::Tag() const { return tape_ && event().quoted ? "!" : "?"; }

yaml_node yaml_node::operator[](std::string_view key) const {
  if (!IsMap()) return {};
  for (const yaml_entry& e : *this) {
    if (e.first.IsScalar() && e.first.Scalar() == key) return e.second;
  }
  return {};
}

yaml_entry yaml_node::iterator::operator*() const {
  if (!pairs_) return {yaml_node(), yaml_node(tape_, at_)};
  return {yaml_node(tape_, at_), yaml_node(tape_, next_index(tape_->events(), at_))};
}

yaml_node::iterator& yaml_node::iterator::operator++() {
  at_ = next_index(tape_->events(), at_);
  if (pairs_) at_ = next_index(tape_->events(), at_);
  return *this;
}

yaml_node::iterator yaml_node::begin() const {
  if (!IsMap() && !IsSequence()) return end();
  return iterator(tape_, index_ + 1, IsMap());
}

yaml_node::iterator yaml_node::end() const {
  const bool container = IsMap() || IsSequence();
  return iterator(tape_, container ? event().end : index_, IsMap());
}

}  // namespace jixiao::engine
