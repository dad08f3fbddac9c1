// A YAML document read through yaml-cpp's event interface (YAML::Parser with an
// EventHandler) into a flat tape of events, with a light node view over it. The
// tape costs a small multiple of the file, where yaml-cpp's node tree (YAML::Load)
// costs about fifty times the file and three times the parse.
#pragma once

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::engine {

/// One event: a scalar, a null, or the start of a sequence or map.
struct yaml_event {
  enum kind_t : std::uint8_t { null_value, scalar, sequence, map };
  kind_t kind = null_value;
  bool quoted = false;     // a quoted scalar: never a number, always text
  std::uint32_t end = 0;   // sequences and maps: the index just past their contents
  std::int64_t byte = -1;  // where it starts in the file (yaml-cpp's mark), -1 if unknown
  std::string value;
};

class yaml_node;
struct yaml_entry;

/// The events of a document, in order.
class yaml_tape {
 public:
  yaml_tape() = default;
  /// A tape with room for the events of `text_size` bytes of YAML (about one in 16
  /// bytes in jixiao's files), so that it seldom grows while filled.
  explicit yaml_tape(std::size_t text_size) { events_.reserve(text_size / 16 + 16); }

  const std::vector<yaml_event>& events() const { return events_; }
  yaml_node root() const;

 private:
  friend class yaml_tape_builder;
  std::vector<yaml_event> events_;
};

/// Fills a tape from a parser's events; only the first document is kept.
class yaml_tape_builder : public YAML::EventHandler {
 public:
  explicit yaml_tape_builder(yaml_tape& tape) : tape_(tape) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override { done_ = true; }
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override;
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override;
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, const std::string& value) override;
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override;
  void OnSequenceEnd() override;
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override;
  void OnMapEnd() override;

 private:
  void push(yaml_event::kind_t kind, const YAML::Mark& mark, const std::string& value, bool quoted);
  void open(yaml_event::kind_t kind, const YAML::Mark& mark);
  void close();

  yaml_tape& tape_;
  std::vector<std::uint32_t> open_;
  bool done_ = false;
};

/// A node of the tape, shaped like the parts of YAML::Node the loaders use.
class yaml_node {
 public:
  yaml_node() = default;
  yaml_node(const yaml_tape* tape, std::uint32_t index) : tape_(tape), index_(index) {}

  explicit operator bool() const { return tape_ != nullptr; }
  YAML::NodeType::value Type() const;
  bool IsDefined() const { return tape_ != nullptr; }
  bool IsNull() const { return Type() == YAML::NodeType::Null; }
  bool IsScalar() const { return Type() == YAML::NodeType::Scalar; }
  bool IsSequence() const { return Type() == YAML::NodeType::Sequence; }
  bool IsMap() const { return Type() == YAML::NodeType::Map; }
  /// The scalar's text; empty for other nodes.
  const std::string& Scalar() const;
  /// "!" for a quoted scalar (as yaml-cpp), "?" otherwise.
  std::string Tag() const;
  /// A map's value for `key`, or an undefined node.
  yaml_node operator[](std::string_view key) const;
  /// Where the node starts in the file: a byte offset, -1 if unknown.
  std::int64_t byte() const { return tape_ ? tape_->events()[index_].byte : -1; }

  using entry = yaml_entry;
  class iterator {
   public:
    iterator(const yaml_tape* tape, std::uint32_t at, bool pairs) : tape_(tape), at_(at), pairs_(pairs) {}
    entry operator*() const;
    iterator& operator++();
    bool operator!=(const iterator& other) const { return at_ != other.at_; }

   private:
    const yaml_tape* tape_;
    std::uint32_t at_;
    bool pairs_;
  };
  iterator begin() const;
  iterator end() const;

 private:
  const yaml_event& event() const { return tape_->events()[index_]; }

  const yaml_tape* tape_ = nullptr;
  std::uint32_t index_ = 0;
};

/// A map entry (first = key, second = value), or a sequence item (second, and the
/// entry itself converts to the item), as YAML::Node's iterators give them.
struct yaml_entry {
  yaml_node first;
  yaml_node second;
  operator yaml_node() const { return second; }  // NOLINT(google-explicit-constructor)
};

}  // namespace jixiao::engine
