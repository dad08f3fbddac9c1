// OOXML's _xHHHH_ escapes in a workbook's strings, read to the exact bytes: a character
// outside the BMP escaped as its two UTF-16 units, a lone surrogate, a CR, an underscore.
#include <gtest/gtest.h>

#include <zip.h>

#include <map>
#include <string>

#include "engine/import/xlsx_reader.hpp"
#include "tests/test_util.hpp"

namespace jixiao {
namespace {

std::string write_workbook(const std::string& dir, const std::string& shared_strings, const std::string& inline_text) {
  const std::string ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const std::map<std::string, std::string> parts = {
      {"_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                      "</Relationships>"},
      {"xl/workbook.xml", "<workbook xmlns=\"" + ns + "\" xmlns:r=\"" + rel + "\"><sheets>"
                          "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
       "<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
       "</Relationships>"},
      {"xl/sharedStrings.xml", "<sst xmlns=\"" + ns + "\">" + shared_strings + "</sst>"},
      {"xl/worksheets/sheet1.xml",
       "<worksheet xmlns=\"" + ns + "\"><sheetData><row r=\"1\">"
       "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
       "<c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"inlineStr\"><is><t>" + inline_text + "</t></is></c>"
       "</row></sheetData></worksheet>"}};
  const std::string path = dir + "/escapes.xlsx";
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    ADD_FAILURE() << "cannot create " << path;
    return path;
  }
  for (const auto& [name, content] : parts) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    EXPECT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8), 0);
  }
  EXPECT_EQ(0, zip_close(archive));
  return path;
}

TEST(XlsxEscapes, SurrogatesCarriageReturnsAndUnderscoresToExactBytes) {
  const std::string dir = testing::scratch_dir("xlsx_escapes");
  const std::string path = write_workbook(dir,
                                          "<si><t>_xD83D__xDE00_</t></si>"         // 😀 as two UTF-16 units
                                          "<si><t>a_xD83D_b</t></si>"              // a lone high surrogate
                                          "<si><t>第一行_x000D_第二行</t></si>"    // a carriage return
                                          "<si><t>A_x005F_x0041_</t></si>",        // an escaped underscore
                                          "_xd83d__xde00__xDE00_");                // inline: the pair, then a lone low
  const engine::xlsx_workbook book(path);
  const engine::xlsx_sheet sheet = book.sheet(0);
  ASSERT_NE(nullptr, sheet.at(0, 0));
  EXPECT_EQ("\xF0\x9F\x98\x80", sheet.at(0, 0)->text);  // U+1F600
  EXPECT_EQ("a\xEF\xBF\xBD" "b", sheet.at(0, 1)->text);  // U+FFFD, not ED A0 BD
  EXPECT_EQ("第一行\r第二行", sheet.at(0, 2)->text);
  EXPECT_EQ("A_x0041_", sheet.at(0, 3)->text);            // "_x005F_" is '_', the rest as written
  EXPECT_EQ("\xF0\x9F\x98\x80\xEF\xBF\xBD", sheet.at(0, 4)->text);
}

}  // namespace
}  // namespace jixiao
