// A message is data until it is written: its arguments keep their values (texts
// copied into the message), and it is rendered in the language current when it is
// written, not when it was made.
#include "grammar/text/message.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "grammar/text/language.hpp"

namespace jixiao::text {
namespace {

TEST(Message, EachArgumentIsPrintedInItsForm) {
  const message m = message::formula("{1} × {2} / {3} = {4}; {5} {6}", message_arg::number(8),
                                     message_arg::percent(0.45), message_arg::whole(50), message_arg::fixed(7.2, 2),
                                     message_arg::points(2.5, 0), message_arg::points(3, 2));
  // 0.45 is 45%; 7.2 at 2 places 7.20; 2.5 points at 0 places stay 2.5; 3 at 2 places 3.00.
  EXPECT_EQ("8 × 45% / 50 = 7.20; 2.5 3.00", m.str());
  EXPECT_EQ(6U, m.arg_count());
}

TEST(Message, KeepsACopyOfItsTexts) {
  message m;
  {
    std::string name = "农村公路养护里程（公里）";  // longer than a short string's buffer
    std::string unit = "km";                        // within it
    m = message::formula("{1}: {2}", name, unit);
    name.assign(name.size(), 'x');
    unit = "yy";
  }
  EXPECT_EQ("农村公路养护里程（公里）: km", m.str());
}

TEST(Message, MovedAndCopiedMessagesKeepTheirTexts) {
  std::vector<message> messages;
  for (int i = 0; i < 40; ++i) {  // the vector grows and moves them
    messages.push_back(message::formula("{1}={2}", "a fairly long indicator name " + std::to_string(i),
                                        message_arg::whole(i)));
  }
  const message copy = messages[7];
  messages.clear();
  EXPECT_EQ("a fairly long indicator name 7=7", copy.str());
}

// A message moved from is empty: it keeps no argument reading the texts it gave away.
TEST(Message, AMessageMovedFromIsEmpty) {
  message from = message::formula("{1} ({2})", "满意率", message_arg::whole(3));
  const message to = std::move(from);
  EXPECT_EQ("满意率 (3)", to.str());
  EXPECT_TRUE(from.empty());  // NOLINT(bugprone-use-after-move): what is left is the point
  EXPECT_EQ(0u, from.arg_count());
  EXPECT_EQ("", from.str());
  message assigned;
  assigned = message::formula("{1}", "打印机数量");
  message source = message::formula("{1}", "满意度");
  assigned = std::move(source);
  EXPECT_EQ("满意度", assigned.str());
  EXPECT_EQ("", source.str());  // NOLINT(bugprone-use-after-move)
}

TEST(Message, TranslatedWhenWrittenNotWhenMade) {
  message m;
  {
    const language_scope chinese(language::zh);
    m = message(N_("category {1} inferred from the name"), "效益");
  }
  {
    const language_scope english(language::en);
    EXPECT_EQ("category 效益 inferred from the name", m.str());
  }
  const language_scope chinese(language::zh);
  EXPECT_EQ("指标类别“效益”系根据指标名称推断", m.str());
}

std::string bracketed(std::string_view text) {
  const bool english = current_language() == language::en;
  return (english ? "[" : "【") + std::string(text) + (english ? "]" : "】");
}

TEST(Message, ARenderedTextIsRenderedWhenWritten) {
  std::string category = "产出/数量";
  const message m =
      message::formula("{1} and {2}", rendered_text{category, &bracketed}, message_arg::label(N_("achieved")));
  category = "changed";
  const language_scope english(language::en);
  EXPECT_EQ("[产出/数量] and achieved", m.str());
  const language_scope chinese(language::zh);
  EXPECT_EQ("【产出/数量】 and 达成", m.str());
}

// An argument kept apart from its message (a value chosen in one branch) copies the
// rendered text it is made from: the text may be gone before the message is made.
TEST(Message, AnArgumentCopiesItsRenderedText) {
  std::string category = "产出/数量";
  const argument kept = rendered_text{category, &bracketed};
  category = "changed";
  const message m = message::formula("{1}", kept);
  const language_scope english(language::en);
  EXPECT_EQ("[产出/数量]", m.str());
}

// A borrowed text is read where it is, when the message is written: the caller keeps
// it alive (a report's tables), and a copy of the message reads the same place.
TEST(Message, ABorrowedTextIsReadWhereItIsWhenWritten) {
  std::string category = "产出/数量";
  std::string unit = "台";
  const message m = message::formula("{1} {2}", message_arg::borrowed(rendered_text{category, &bracketed}),
                                     message_arg::borrowed(unit));
  const message copy = m;  // NOLINT(performance-unnecessary-copy-initialization)
  const language_scope english(language::en);
  EXPECT_EQ("[产出/数量] 台", copy.str());
  category = "产出/质量";
  unit = "套";
  EXPECT_EQ("[产出/质量] 套", m.str());
  EXPECT_EQ("[产出/质量] 套", copy.str());
}

TEST(Message, BracesAndPlaceholdersWithoutAnArgument) {
  // "{{" is a brace; {3} names no argument and is left out; "{x}" is not a placeholder.
  EXPECT_EQ("{planned: 5} {x} ", message::formula("{{planned: {1}} {x} {3}", message_arg::whole(5)).str());
}

TEST(Message, AnEmptyMessageWritesNothing) {
  const message m;
  EXPECT_TRUE(m.empty());
  EXPECT_EQ("", m.str());
  EXPECT_STREQ("", m.source());
}

// A part made in place reads as one pushed: "planned 5: " before "5 ≥ 5 → 10.00".
TEST(MessageChain, APartMadeInPlaceReadsAsOnePushed) {
  message_chain chain;
  chain.push_back_made([] { return message::formula("{1} ≥ {2} → {3}", message_arg::number(5),
                                                    message_arg::number(5), message_arg::fixed(10, 2)); });
  chain.push_front(message::formula("planned {1}: ", message_arg::number(5)));
  EXPECT_EQ("planned 5: 5 ≥ 5 → 10.00", chain.str());
}

}  // namespace
}  // namespace jixiao::text
