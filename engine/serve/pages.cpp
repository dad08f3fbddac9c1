#include "engine/serve/pages.hpp"

#include <boost/beast/core/detail/base64.hpp>
#include <openssl/sha.h>

#include "engine/report/markup_text.hpp"

namespace jixiao::engine::serve {

namespace {

std::string h(std::string_view text) { return escape_xml(text); }

std::string base64(std::string_view bytes) {
  std::string out(boost::beast::detail::base64::encoded_size(bytes.size()), '\0');
  out.resize(boost::beast::detail::base64::encode(out.data(), bytes.data(), bytes.size()));
  return out;
}

struct words {
  const char* html_lang;
  const char* targets_title;
  const char* score_title;
  const char* targets_intro;
  const char* score_intro;
  const char* targets_label;
  const char* actuals_label;
  const char* review_label;
  const char* policy_label;
  const char* policy_default;
  const char* policy_file_label;
  const char* format_label;
  const char* format_page;
  const char* check_button;
  const char* score_button;
  const char* busy;
  const char* other_language;
  const char* other_lang_code;
  const char* findings_title;
  const char* no_findings;
  const char* findings_head;
  const char* report_title;
  const char* downloads;
  const char* error_title;
  const char* footer;
};

const words zh{"zh-CN",
               "目标表",
               "评分",
               "上传部门的绩效目标表（YAML、CSV 或 Excel xlsx，与 jixiao import 读取的格式相同），查看审核意见，并下载目标 YAML 和实际完成值采集表。",
               "上传绩效目标表和实际完成值（YAML 或采集表），可选复核文件和评分办法，得到评分报告，并下载 Excel 报送表、HTML、JSON、CSV。",
               "绩效目标表（targets）",
               "实际完成值（actuals）",
               "复核文件（review，可选）",
               "评分办法（policy）",
               "内置默认办法",
               "或上传评分办法 YAML 文件",
               "结果格式（format）",
               "在页面中显示（html）",
               "审核",
               "评分",
               "正在处理…",
               "English",
               "en",
               "审核意见",
               "未发现问题。",
               "<th>级别</th><th>位置</th><th>项目</th><th>指标</th><th>问题</th><th>类别</th>",
               "评分报告",
               "下载：",
               "无法处理上传的文件",
               "jixiao 在本机处理文件，数据不会离开这台电脑。"};

const words en{"en",
               "Targets",
               "Score",
               "Upload a department's target table (YAML, CSV or an Excel xlsx, as jixiao import reads them) to see its review and download the targets YAML and the collection workbook.",
               "Upload the target table and the actuals (YAML or the collection workbook), optionally a review file and a policy, to get the scored report and download it as the Excel form to file, HTML, JSON or CSV.",
               "Target table (targets)",
               "Actuals (actuals)",
               "Review file (review, optional)",
               "Policy (policy)",
               "Built-in default",
               "or upload a policy YAML file",
               "Result format (format)",
               "show on the page (html)",
               "Review",
               "Score",
               "Working…",
               "中文",
               "zh",
               "Review findings",
               "No findings.",
               "<th>Level</th><th>Where</th><th>Project</th><th>Indicator</th><th>Finding</th><th>Kind</th>",
               "Report",
               "Download: ",
               "The uploaded files could not be processed",
               "jixiao works on this computer: the data never leaves it."};

const words& text(language lang) { return lang == language::en ? en : zh; }

const char* lang_code(language lang) { return lang == language::en ? "en" : "zh"; }

// Highlights a drop zone, puts dropped files into its input, shows a note while a form is sent.
const std::string page_script =
    "document.querySelectorAll('label.drop').forEach(function(z){var i=z.querySelector('input');"
    "z.addEventListener('dragover',function(e){e.preventDefault();z.classList.add('over');});"
    "z.addEventListener('dragleave',function(){z.classList.remove('over');});"
    "z.addEventListener('drop',function(e){e.preventDefault();z.classList.remove('over');"
    "if(e.dataTransfer.files.length){i.files=e.dataTransfer.files;}});});"
    "document.querySelectorAll('form.main').forEach(function(f){f.addEventListener('submit',function(){"
    "f.classList.add('busy');});});"
    "window.addEventListener('pageshow',function(){document.querySelectorAll('form.main').forEach(function(f){"
    "f.classList.remove('busy');});});";

const char* const page_style =
    "body{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:0;color:#222;background:#fafafa}"
    "nav.site{background:#8b1a1a;padding:.6em 1.5em}nav.site a{color:#fff;margin-right:1.5em;text-decoration:none}"
    "nav.site a.here{font-weight:bold;text-decoration:underline}nav.site a.lang{float:right;margin:0}"
    "div.page{max-width:1200px;margin:0 auto;padding:1em 1.5em}"
    "form.main{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1em;margin:1em 0}"
    "label.drop{display:block;border:2px dashed #bbb;border-radius:6px;padding:.8em;margin:.5em 0;background:#fdfdfd}"
    "label.drop.over{border-color:#8b1a1a;background:#fff5f5}label.drop input{display:block;margin-top:.4em}"
    "fieldset{border:1px solid #ddd;border-radius:6px;margin:.5em 0}"
    "button{background:#8b1a1a;color:#fff;border:0;border-radius:4px;padding:.5em 1.6em;font-size:1em;cursor:pointer}"
    "form.main .busy-note{display:none;margin-left:1em}form.main.busy .busy-note{display:inline}"
    "section.error{border:2px solid #b00;background:#fff0f0;padding:.5em 1em;border-radius:6px}"
    "section.error pre{white-space:pre-wrap;font-size:1em}"
    "p.downloads a,p.downloads span.off{display:inline-block;margin:.2em .6em .2em 0;padding:.3em .9em;"
    "border:1px solid #8b1a1a;border-radius:4px;color:#8b1a1a;text-decoration:none;background:#fff}"
    "p.downloads span.off{color:#999;border-color:#ccc}"
    "table.review{border-collapse:collapse;width:100%;background:#fff}"
    "table.review td,table.review th{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}"
    "table.review td:first-child,table.review td:nth-child(2){white-space:nowrap}"
    "tr.error td:first-child{color:#b00;font-weight:bold}tr.warning td:first-child{color:#b60}"
    "footer{color:#777;font-size:.9em;margin:2em 0}";

std::string policy_options() {
  std::string out;
  for (const auto& [name, label] : named_policies()) {
    out += "<option value=\"" + h(name) + "\">" + h(label) + "</option>";
  }
  return out;
}

std::string page(language lang, bool score, const std::string& result, const std::string& extra_style) {
  const words& w = text(lang);
  const std::string q = std::string("?lang=") + lang_code(lang);
  std::string out = std::string("<!DOCTYPE html>\n<html lang=\"") + w.html_lang +
                    "\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width\"/>\n"
                    "<title>jixiao · " + (score ? w.score_title : w.targets_title) + "</title>\n<style>" + page_style +
                    "</style>\n";
  if (!extra_style.empty()) out += "<style>" + extra_style + "</style>\n";
  out += "</head>\n<body>\n<nav class=\"site\"><a href=\"/" + q + "\"" + (score ? "" : " class=\"here\"") + ">" +
         w.targets_title + "</a><a href=\"/score" + q + "\"" + (score ? " class=\"here\"" : "") + ">" + w.score_title +
         "</a><a class=\"lang\" href=\"" + (score ? "/score" : "/") + "?lang=" + w.other_lang_code + "\">" +
         w.other_language + "</a></nav>\n<div class=\"page\">\n<h1>" + (score ? w.score_title : w.targets_title) +
         "</h1>\n<p>" + (score ? w.score_intro : w.targets_intro) + "</p>\n";
  const auto drop = [](const char* label, const char* name, bool required) {
    return std::string("<label class=\"drop\">") + label + "<input type=\"file\" name=\"" + name + "\"" +
           (required ? " required=\"required\"" : "") + "/></label>\n";
  };
  if (score) {
    out += "<form class=\"main\" id=\"score-form\" method=\"post\" action=\"/score" + q +
           "\" enctype=\"multipart/form-data\">\n" + drop(w.targets_label, "targets", true) +
           drop(w.actuals_label, "actuals", true) + drop(w.review_label, "review", false) + "<fieldset><legend>" +
           w.policy_label + "</legend><select name=\"policy\"><option value=\"\">" + w.policy_default + "</option>" +
           policy_options() + "</select>\n" + drop(w.policy_file_label, "policy", false) + "</fieldset>\n<label>" +
           w.format_label + " <select name=\"format\"><option value=\"html\">" + w.format_page +
           "</option><option value=\"xlsx\">xlsx</option><option value=\"json\">json</option><option value=\"csv\">csv"
           "</option><option value=\"markdown\">markdown</option></select></label>\n<p><button type=\"submit\">" +
           w.score_button + "</button><span class=\"busy-note\">" + w.busy + "</span></p>\n</form>\n";
  } else {
    out += "<form class=\"main\" id=\"targets-form\" method=\"post\" action=\"/check" + q +
           "\" enctype=\"multipart/form-data\">\n" + drop(w.targets_label, "targets", true) +
           "<p><button type=\"submit\">" + w.check_button + "</button><span class=\"busy-note\">" + w.busy +
           "</span></p>\n</form>\n";
  }
  out += result;
  out += std::string("<footer>") + w.footer + "</footer>\n</div>\n<script>" + page_script + "</script>\n</body>\n</html>\n";
  return out;
}

std::string downloads_line(language lang, const std::vector<offered_download>& downloads) {
  std::string out = std::string("<p class=\"downloads\">") + text(lang).downloads;
  for (const auto& d : downloads) {
    if (!d.unavailable.empty()) {
      out += "<span class=\"off\" title=\"" + h(d.unavailable) + "\">" + h(d.label) + "</span>";
      continue;
    }
    const std::string type = d.file.content_type.substr(0, d.file.content_type.find(';'));
    out += "<a download=\"" + h(d.file.filename) + "\" href=\"data:" + type + ";base64," + base64(d.file.bytes) +
           "\">" + h(d.label) + "</a>";
  }
  out += "</p>\n";
  for (const auto& d : downloads) {
    if (!d.unavailable.empty()) out += "<p class=\"muted\">" + h(d.label) + "：" + h(d.unavailable) + "</p>\n";
  }
  return out;
}

std::string between(const std::string& text, const std::string& open, const std::string& close) {
  const std::size_t start = text.find(open);
  if (start == std::string::npos) return {};
  const std::size_t from = text.find('>', start) + 1;
  const std::size_t end = text.find(close, from);
  return end == std::string::npos ? std::string() : text.substr(from, end - from);
}

const char* severity_label(language lang, severity level) {
  const bool zh_text = lang == language::zh;
  switch (level) {
    case severity::error: return zh_text ? "错误" : "error";
    case severity::warning: return zh_text ? "警告" : "warning";
    default: return zh_text ? "提示" : "note";
  }
}

}  // namespace

std::string targets_page(language lang, const std::string& result) { return page(lang, false, result, ""); }

std::string score_page(language lang, const std::string& result) { return page(lang, true, result, ""); }

std::string findings_section(language lang, const finding_list& findings, const std::vector<offered_download>& downloads) {
  const words& w = text(lang);
  std::string out = std::string("<section class=\"result\" id=\"review\">\n<h2>") + w.findings_title + "</h2>\n" +
                    downloads_line(lang, downloads);
  if (findings.items.empty()) return out + "<p>" + w.no_findings + "</p>\n</section>\n";
  out += std::string("<table class=\"review\">\n<thead><tr>") + w.findings_head + "</tr></thead>\n<tbody>\n";
  for (const finding_entry& f : findings) {
    std::string where = f.file.str();
    if (f.line > 0) where += ":" + std::to_string(f.line) + ":" + std::to_string(f.column);
    out += std::string("<tr class=\"") + severity_name(f.level) + "\"><td>" + severity_label(lang, f.level) + "</td><td>" +
           h(where) + "</td><td>" + h(f.project.str()) + "</td><td>" + h(f.indicator.str()) + "</td><td>" +
           h(f.message.str()) + "</td><td>" + h(f.kind.str()) + "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n</section>\n";
}

std::string report_section(language lang, const std::string& report_html, const std::vector<offered_download>& downloads) {
  const std::string style = between(report_html, "<style", "</style>");
  const std::string body = between(report_html, "<body", "</body>");
  return "<section class=\"result\" id=\"report\">\n<h2>" + std::string(text(lang).report_title) + "</h2>\n" +
         downloads_line(lang, downloads) + "<style>" + style + "</style>\n<div class=\"report\">" + body +
         "</div>\n</section>\n";
}

std::string error_section(language lang, const std::string& message) {
  return "<section class=\"error\" id=\"error\" role=\"alert\">\n<h2>" + std::string(text(lang).error_title) +
         "</h2>\n<pre>" + h(message) + "</pre>\n</section>\n";
}

const std::string& content_security_policy() {
  static const std::string policy = [] {
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(page_script.data()), page_script.size(), digest);
    return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-" +
           base64(std::string_view(reinterpret_cast<const char*>(digest), sizeof digest)) +
           "'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  }();
  return policy;
}

}  // namespace jixiao::engine::serve
