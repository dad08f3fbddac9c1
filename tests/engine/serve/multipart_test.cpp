// The multipart/form-data reader and the labels and headers of `jixiao serve`.
#include <gtest/gtest.h>

#include "engine/serve/multipart.hpp"
#include "engine/serve/routes.hpp"

namespace {

using namespace jixiao::engine::serve;

TEST(Multipart, ReadsFieldsAndFilesAsBrowsersSendThem) {
  const std::string body =
      "--XyZ\r\nContent-Disposition: form-data; name=\"targets\"; filename=\"目标.yaml\"\r\n"
      "Content-Type: application/x-yaml\r\n\r\nyear: 2023\r\n--\r\n--XyZ\r\n"
      "content-disposition: form-data; name=format\r\n\r\njson\r\n--XyZ\r\n"
      "Content-Disposition: form-data; name=\"review\"; filename=\"\"\r\n\r\n\r\n--XyZ--\r\nepilogue";
  const auto parts = parse_multipart(body, form_boundary("multipart/form-data; boundary=\"XyZ\""));
  ASSERT_EQ(3u, parts.size());
  EXPECT_EQ("targets", parts[0].name);
  EXPECT_EQ("目标.yaml", parts[0].filename.value());
  EXPECT_EQ("application/x-yaml", parts[0].content_type);
  EXPECT_EQ("year: 2023\r\n--", parts[0].data);  // a line starting "--" that is not the boundary is data
  EXPECT_EQ("format", parts[1].name);
  EXPECT_FALSE(parts[1].filename.has_value());
  EXPECT_EQ("json", parts[1].data);
  EXPECT_EQ("", parts[2].filename.value());
  EXPECT_EQ("", parts[2].data);
}

TEST(Multipart, RefusesWhatIsNotWellFormed) {
  const auto fails = [](const std::string& body, const std::string& message) {
    try {
      parse_multipart(body, "b");
      ADD_FAILURE() << "accepted: " << body;
    } catch (const multipart_error& e) {
      EXPECT_EQ(message, e.what()) << body;
    }
  };
  fails("", "the body has no part (boundary not found)");
  fails("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nnever closed", "a part not closed by the boundary");
  fails("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--", "a part without Content-Disposition");
  fails("--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--", "a part without a field name");
  fails("--b\r\nContent-Disposition: form-data; name=\"a\r\n\r\nx\r\n--b--", "a quoted parameter not closed in a part header");
  fails("--b\r\nContent-Disposition: inline; name=\"a\"\r\n\r\nx\r\n--b--", "a part that is not form-data");
  fails("--bX", "a boundary not followed by a line break");
  fails("--b\r\nContent-Disposition: form-data; name=\"a\"", "a part's headers not ended by a blank line");
  std::string many;
  for (int i = 0; i < 17; ++i) many += "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n";
  fails(many + "--b--", "more than 16 parts");
  fails("--b\r\nContent-Disposition: form-data; name=\"a\"\r\nX-Long: " + std::string(5000, 'x') + "\r\n\r\nx\r\n--b--",
        "a part's headers are too long");
  EXPECT_THROW(form_boundary("multipart/form-data"), multipart_error);
  EXPECT_THROW(form_boundary("text/plain; boundary=x"), multipart_error);
  EXPECT_THROW(form_boundary("multipart/form-data; boundary=" + std::string(71, 'a')), multipart_error);
}

TEST(ServeLabels, FileNamesAreLabelsWithoutPaths) {
  EXPECT_EQ("passwd", upload_label("../../etc/passwd", "targets.yaml"));
  EXPECT_EQ("x.yaml", upload_label("C:\\Users\\a\\..\\x.yaml", "targets.yaml"));
  EXPECT_EQ("targets.yaml", upload_label("../..", "targets.yaml"));
  EXPECT_EQ("targets.yaml", upload_label("", "targets.yaml"));
  EXPECT_EQ("ab.yaml", upload_label("a\nb\x01.yaml", "targets.yaml"));
  EXPECT_EQ(200u, upload_label(std::string(300, 'x'), "t").size());
  // 200 bytes cut between code points: 66 Chinese characters are 198 bytes.
  std::string chinese;
  for (int i = 0; i < 100; ++i) chinese += "绩";
  EXPECT_EQ(198u, upload_label(chinese, "t").size());
}

TEST(ServeLabels, ContentDispositionCarriesTheUtf8NameByRfc5987) {
  EXPECT_EQ("attachment; filename=\"jixiao.xlsx\"; filename*=UTF-8''%E7%BB%A9%E6%95%88.xlsx",
            content_disposition("绩效.xlsx"));
  EXPECT_EQ("attachment; filename=\"jixiao\"; filename*=UTF-8''a%20b%22%0D%0A", content_disposition("a b\"\r\n"));
}

}  // namespace
