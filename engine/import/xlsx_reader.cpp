#include "engine/import/xlsx_reader.hpp"

#include <zip.h>

#include <pugixml.hpp>

#include <charconv>
#include <cstring>

#include "engine/io/limits.hpp"
#include "grammar/text/language.hpp"
#include "grammar/text/text.hpp"

namespace jixiao::engine {

namespace {

constexpr zip_uint64_t default_largest_part = 256u * 1024 * 1024;  // bytes, uncompressed: no zip bombs
constexpr int max_rows = 1048576;
constexpr int max_columns = 16384;
// DOCTYPE is parsed to be refused: a workbook never has one, and pugixml expands no entity a DOCTYPE declares.
constexpr unsigned xml_options = pugi::parse_default | pugi::parse_ws_pcdata_single | pugi::parse_doctype;

// An element's or attribute's name without its namespace prefix ("x:sheetData" -> "sheetData").
const char* local_name(const char* name) {
  const char* colon = std::strrchr(name, ':');
  return colon ? colon + 1 : name;
}

bool is(const pugi::xml_node& node, const char* name) {
  return node.type() == pugi::node_element && std::strcmp(local_name(node.name()), name) == 0;
}

pugi::xml_node child(const pugi::xml_node& node, const char* name) {
  for (const pugi::xml_node& c : node.children()) {
    if (is(c, name)) return c;
  }
  return {};
}

std::vector<pugi::xml_node> children(const pugi::xml_node& node, const char* name) {
  std::vector<pugi::xml_node> out;
  for (const pugi::xml_node& c : node.children()) {
    if (is(c, name)) out.push_back(c);
  }
  return out;
}

// The attribute with this local name; `prefixed` asks for one with a namespace prefix (r:id).
pugi::xml_attribute attribute(const pugi::xml_node& node, const char* name, bool prefixed = false) {
  for (const pugi::xml_attribute& a : node.attributes()) {
    const bool has_prefix = std::strchr(a.name(), ':') != nullptr;
    if (std::strcmp(local_name(a.name()), name) == 0 && has_prefix == prefixed) return a;
  }
  return {};
}

bool ends_with(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

// The text of a string item (<si> or <is>): its <t>, or its runs' <t>s; phonetic runs (<rPh>) left out.
std::string string_item(const pugi::xml_node& item) {
  std::string text;
  for (const pugi::xml_node& c : item.children()) {
    if (is(c, "t")) text += c.text().get();
    if (is(c, "r")) text += child(c, "t").text().get();
  }
  return grammar::decode_ooxml_escapes(text);
}

// "xl/workbook.xml" + "worksheets/sheet1.xml" -> "xl/worksheets/sheet1.xml"; "/xl/x.xml" is absolute.
std::string resolve(const std::string& from_part, const std::string& target) {
  std::string joined;
  if (!target.empty() && target[0] == '/') {
    joined = target.substr(1);
  } else {
    const auto slash = from_part.rfind('/');
    joined = (slash == std::string::npos ? std::string() : from_part.substr(0, slash + 1)) + target;
  }
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= joined.size()) {
    auto end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    const std::string segment = joined.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string& s : segments) out += (out.empty() ? "" : "/") + s;
  return out;
}

// The relationships part of a part: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels".
std::string rels_of(const std::string& part) {
  const auto slash = part.rfind('/');
  if (slash == std::string::npos) return "_rels/" + part + ".rels";
  return part.substr(0, slash + 1) + "_rels/" + part.substr(slash + 1) + ".rels";
}

struct relationship {
  std::string id;
  std::string type;  // the URI; compared by its end ("/worksheet")
  std::string target;
};

}  // namespace

std::optional<std::pair<int, int>> parse_cell_ref(const std::string& ref) {
  std::size_t i = 0;
  while (i < ref.size() && ref[i] == '$') ++i;
  long column = 0;
  const std::size_t letters = i;
  for (; i < ref.size() && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z')); ++i) {
    column = column * 26 + ((ref[i] | 0x20) - 'a' + 1);
    if (column > max_columns) return std::nullopt;
  }
  if (i == letters) return std::nullopt;
  if (i < ref.size() && ref[i] == '$') ++i;
  int row = 0;
  const auto result = std::from_chars(ref.data() + i, ref.data() + ref.size(), row);
  if (result.ec != std::errc() || result.ptr != ref.data() + ref.size() || row < 1 || row > max_rows) {
    return std::nullopt;
  }
  return std::make_pair(row - 1, static_cast<int>(column - 1));
}

const xlsx_cell* xlsx_sheet::at(int row, int column) const {
  const auto found = index_.find({row, column});
  return found == index_.end() ? nullptr : &cells[found->second];
}

int xlsx_sheet::row_count() const { return index_.empty() ? 0 : index_.rbegin()->first.first + 1; }

struct xlsx_workbook::state {
  std::string path;
  std::string data;  // the bytes, when given instead of read from path
  zip_uint64_t largest_part = default_largest_part;
  zip_t* archive = nullptr;
  std::vector<std::string> names;
  std::vector<std::string> sheet_parts;
  std::vector<std::string> shared_strings;
  std::vector<std::pair<int, std::string>> cell_formats;  // per cellXfs index: numFmtId, custom code

  ~state() {
    if (archive) zip_discard(archive);
  }

  [[noreturn]] void fail(const std::string& part, text::message why) const {
    throw xlsx_error(path, 0, 0, part, std::move(why));
  }
  // libzip's own words.
  [[noreturn]] void fail(const std::string& part, const char* library_words) const {
    fail(part, text::message::formula("{1}", library_words));
  }

  bool has_part(const std::string& part) const { return zip_name_locate(archive, part.c_str(), ZIP_FL_NOCASE) >= 0; }

  std::string read_part(const std::string& part) const {
    const zip_int64_t index = zip_name_locate(archive, part.c_str(), ZIP_FL_NOCASE);
    if (index < 0) fail(part, text::message(N_("missing from the archive")));
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0) fail(part, zip_strerror(archive));
    if ((stat.valid & ZIP_STAT_SIZE) == 0) fail(part, text::message(N_("too large to read")));
    if (stat.size > largest_part) {
      fail(part, text::message(N_("unpacks to {1}, over the limit of {2}: a zip bomb, or a sheet far larger than any real table"),
                               size_arg(stat.size), size_arg(largest_part)));
    }
    zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0);
    if (file == nullptr) fail(part, zip_strerror(archive));
    std::string data(static_cast<std::size_t>(stat.size), '\0');
    zip_uint64_t done = 0;
    while (done < stat.size) {
      const zip_int64_t n = zip_fread(file, data.data() + done, stat.size - done);
      if (n <= 0) {
        text::message why = n < 0 ? text::message::formula("{1}", zip_file_strerror(file))
                                  : text::message(N_("shorter than its stated size"));
        zip_fclose(file);
        fail(part, std::move(why));
      }
      done += static_cast<zip_uint64_t>(n);
    }
    zip_fclose(file);
    return data;
  }

  void load_xml(const std::string& part, pugi::xml_document& doc) const {
    const std::string data = read_part(part);
    const pugi::xml_parse_result parsed = doc.load_buffer(data.data(), data.size(), xml_options);
    if (!parsed) fail(part, text::message(N_("not well-formed XML: {1} at byte {2}"), parsed.description(), std::to_string(parsed.offset)));
    for (const pugi::xml_node& n : doc.children()) {
      if (n.type() == pugi::node_doctype) fail(part, text::message(N_("has a DOCTYPE declaration, which no workbook needs (its entities are not expanded)")));
    }
  }

  std::vector<relationship> relationships(const std::string& part) const {
    std::vector<relationship> out;
    const std::string rels = rels_of(part);
    if (!has_part(rels)) return out;
    pugi::xml_document doc;
    load_xml(rels, doc);
    for (const pugi::xml_node& r : children(child(doc, "Relationships"), "Relationship")) {
      if (std::strcmp(r.attribute("TargetMode").as_string(), "External") == 0) continue;
      out.push_back({r.attribute("Id").as_string(), r.attribute("Type").as_string(),
                     resolve(part, r.attribute("Target").as_string())});
    }
    return out;
  }

  void open() {
    int code = 0;
    if (data.empty()) {
      archive = zip_open(path.c_str(), ZIP_RDONLY, &code);
    } else {
      zip_error_t error;
      zip_error_init(&error);
      zip_source_t* source = zip_source_buffer_create(data.data(), data.size(), 0, &error);
      archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
      if (archive == nullptr) {
        if (source) zip_source_free(source);
        const std::string why = zip_error_strerror(&error);
        zip_error_fini(&error);
        fail("", text::message(N_("cannot open as an .xlsx (zip) file: {1}"), why));
      }
      zip_error_fini(&error);
    }
    if (archive == nullptr) {
      zip_error_t error;
      zip_error_init_with_code(&error, code);
      const std::string why = zip_error_strerror(&error);
      zip_error_fini(&error);
      fail("", text::message(N_("cannot open as an .xlsx (zip) file: {1}"), why));
    }
    std::string workbook = "xl/workbook.xml";
    for (const relationship& r : relationships("")) {
      if (ends_with(r.type, "/officeDocument")) workbook = r.target;
    }
    pugi::xml_document doc;
    load_xml(workbook, doc);
    const std::vector<relationship> rels = relationships(workbook);
    const auto find = [&](const std::string& id) -> const relationship* {
      for (const relationship& r : rels) {
        if (r.id == id) return &r;
      }
      return nullptr;
    };
    for (const pugi::xml_node& s : children(child(child(doc, "workbook"), "sheets"), "sheet")) {
      const relationship* r = find(attribute(s, "id", true).as_string());
      if (r == nullptr) fail(workbook, text::message(N_("sheet '{1}' has no part"), s.attribute("name").as_string()));
      if (!ends_with(r->type, "/worksheet")) continue;  // a chartsheet or dialog sheet
      names.push_back(s.attribute("name").as_string());
      sheet_parts.push_back(r->target);
    }
    for (const relationship& r : rels) {
      if (ends_with(r.type, "/sharedStrings")) load_shared_strings(r.target);
      if (ends_with(r.type, "/styles")) load_styles(r.target);
    }
  }

  void load_shared_strings(const std::string& part) {
    pugi::xml_document doc;
    load_xml(part, doc);
    for (const pugi::xml_node& si : children(child(doc, "sst"), "si")) shared_strings.push_back(string_item(si));
  }

  void load_styles(const std::string& part) {
    pugi::xml_document doc;
    load_xml(part, doc);
    const pugi::xml_node sheet = child(doc, "styleSheet");
    std::map<int, std::string> codes;
    for (const pugi::xml_node& f : children(child(sheet, "numFmts"), "numFmt")) {
      codes[f.attribute("numFmtId").as_int()] = f.attribute("formatCode").as_string();
    }
    for (const pugi::xml_node& xf : children(child(sheet, "cellXfs"), "xf")) {
      const int id = xf.attribute("numFmtId").as_int();
      const auto code = codes.find(id);
      cell_formats.push_back({id, code == codes.end() ? std::string() : code->second});
    }
  }

  xlsx_sheet load_sheet(std::size_t k) const {
    const std::string& part = sheet_parts[k];
    pugi::xml_document doc;
    load_xml(part, doc);
    xlsx_sheet sheet;
    sheet.name = names[k];
    const pugi::xml_node worksheet = child(doc, "worksheet");
    int row = -1;
    for (const pugi::xml_node& r : children(child(worksheet, "sheetData"), "row")) {
      const int stated = r.attribute("r").as_int(0);
      row = stated > 0 ? stated - 1 : row + 1;
      if (row >= max_rows) fail(part, text::message(N_("row {1} is past Excel's last row"), std::to_string(row + 1)));
      int column = -1;
      for (const pugi::xml_node& c : children(r, "c")) {
        const std::string ref = c.attribute("r").as_string();
        if (ref.empty()) {
          ++column;
        } else {
          const auto place = parse_cell_ref(ref);
          if (!place) fail(part, text::message(N_("bad cell reference '{1}'"), ref));
          column = place->second;
        }
        if (column >= max_columns) fail(part, text::message(N_("a cell is past Excel's last column")));
        std::optional<xlsx_cell> cell = read_cell(c, part);
        if (!cell) continue;
        cell->row = row;
        cell->column = column;
        sheet.index_[{row, column}] = sheet.cells.size();
        sheet.cells.push_back(std::move(*cell));
      }
    }
    for (const pugi::xml_node& m : children(child(worksheet, "mergeCells"), "mergeCell")) {
      const std::string ref = m.attribute("ref").as_string();
      const auto colon = ref.find(':');
      const auto first = parse_cell_ref(ref.substr(0, colon));
      const auto last = colon == std::string::npos ? first : parse_cell_ref(ref.substr(colon + 1));
      if (!first || !last) fail(part, text::message(N_("bad merged range '{1}'"), ref));
      sheet.merged.push_back({first->first, first->second, last->first, last->second});
    }
    return sheet;
  }

  std::optional<xlsx_cell> read_cell(const pugi::xml_node& c, const std::string& part) const {
    const std::string type = c.attribute("t").as_string();
    const std::string value = child(c, "v").text().get();
    const bool has_value = static_cast<bool>(child(c, "v"));
    xlsx_cell cell;
    if (const pugi::xml_node f = child(c, "f")) {
      cell.formula = f.text().get();
      if (cell.formula.empty()) cell.formula = "…";  // <f t="shared" si="0"/>: the text is on another cell
      if (!has_value || (value.empty() && type != "str")) return cell;
    }
    const int style = c.attribute("s").as_int(0);
    if (style >= 0 && static_cast<std::size_t>(style) < cell_formats.size()) {
      cell.number_format_id = cell_formats[static_cast<std::size_t>(style)].first;
      cell.number_format = cell_formats[static_cast<std::size_t>(style)].second;
    }
    if (type == "s") {
      if (!has_value) return std::nullopt;
      std::size_t index = 0;
      const auto result = std::from_chars(value.data(), value.data() + value.size(), index);
      if (result.ec != std::errc() || index >= shared_strings.size()) {
        fail(part, text::message(N_("shared string '{1}' does not exist"), value));
      }
      cell.text = shared_strings[index];
    } else if (type == "inlineStr") {
      const pugi::xml_node item = child(c, "is");
      if (!item) return std::nullopt;
      cell.text = string_item(item);
    } else if (type == "str" || type == "d") {
      if (!has_value) return std::nullopt;
      cell.text = grammar::decode_ooxml_escapes(value);
    } else if (type == "b") {
      if (!has_value) return std::nullopt;
      cell.type = xlsx_cell_type::boolean;
      cell.number = value == "1" ? 1 : 0;
      cell.text = value == "1" ? "TRUE" : "FALSE";
    } else if (type == "e") {
      cell.type = xlsx_cell_type::error;
      cell.text = value;
    } else {  // "n" or none: a number
      if (!has_value || value.empty()) return std::nullopt;
      double number = 0;
      const auto result = std::from_chars(value.data(), value.data() + value.size(), number);
      if (result.ec != std::errc() || result.ptr != value.data() + value.size()) {
        fail(part, text::message(N_("cell value '{1}' is not a number"), value));
      }
      cell.type = xlsx_cell_type::number;
      cell.number = number;
      cell.text = value;
    }
    return cell;
  }
};

xlsx_workbook::xlsx_workbook(const std::string& path) : state_(std::make_unique<state>()) {
  state_->path = path;
  state_->open();
}

xlsx_workbook::xlsx_workbook(const std::string& path, std::string data, std::uint64_t largest_part)
    : state_(std::make_unique<state>()) {
  state_->path = path;
  state_->data = std::move(data);
  state_->largest_part = largest_part;
  state_->open();
}

xlsx_workbook::~xlsx_workbook() = default;
xlsx_workbook::xlsx_workbook(xlsx_workbook&&) noexcept = default;
xlsx_workbook& xlsx_workbook::operator=(xlsx_workbook&&) noexcept = default;

const std::vector<std::string>& xlsx_workbook::sheet_names() const { return state_->names; }

xlsx_sheet xlsx_workbook::sheet(std::size_t index) const {
  if (index >= state_->names.size()) {
    state_->fail("", text::message(N_("has no sheet {1} (it has {2})"), std::to_string(index + 1),
                                 std::to_string(state_->names.size())));
  }
  return state_->load_sheet(index);
}

xlsx_sheet xlsx_workbook::sheet(const std::string& name) const {
  for (std::size_t k = 0; k < state_->names.size(); ++k) {
    if (state_->names[k] == name) return state_->load_sheet(k);
  }
  state_->fail("", text::message(N_("has no sheet named '{1}'"), name));
}

}  // namespace jixiao::engine
