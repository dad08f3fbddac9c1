#include "engine/serve/pages.hpp"

#include <boost/beast/core/detail/base64.hpp>
#include <openssl/sha.h>

#include "rules/finding_kinds.hpp"
#include "engine/report/markup_text.hpp"
#include "grammar/text/language.hpp"

namespace jixiao::engine::serve {

namespace {

std::string h(std::string_view text) { return escape_xml(text); }

std::string base64(std::string_view bytes) {
  std::string out(boost::beast::detail::base64::encoded_size(bytes.size()), '\0');
  out.resize(boost::beast::detail::base64::encode(out.data(), bytes.data(), bytes.size()));
  return out;
}

// The other language's link: its name in its own words (data, not translated).
const char* other_language_name() { return text::current_language() == text::language::en ? "中文" : "English"; }

const char* other_language_code() { return text::current_language() == text::language::en ? "zh" : "en"; }

const char* html_language() { return text::current_language() == text::language::en ? "en" : "zh-CN"; }

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

std::string page(bool score, const std::string& result) {
  const std::string title = score ? text::tr("Scoring") : text::tr("Target table");
  const std::string q = std::string("?lang=") + text::language_code(text::current_language());
  std::string out = std::string("<!DOCTYPE html>\n<html lang=\"") + html_language() +
                    "\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width\"/>\n"
                    "<title>jixiao · " + title + "</title>\n<style>" + page_style + "</style>\n";
  out += "</head>\n<body>\n<nav class=\"site\"><a href=\"/" + q + "\"" + (score ? "" : " class=\"here\"") + ">" +
         text::tr("Target table") + "</a><a href=\"/score" + q + "\"" + (score ? " class=\"here\"" : "") + ">" +
         text::tr("Scoring") + "</a><a class=\"lang\" href=\"" + (score ? "/score" : "/") + "?lang=" +
         other_language_code() + "\">" + other_language_name() + "</a></nav>\n<div class=\"page\">\n<h1>" + title +
         "</h1>\n<p>" +
         (score ? text::tr("Upload the target table and the actuals (YAML or the collection workbook), optionally a "
                           "review file and a policy, to get the scored report and download it as the Excel form to "
                           "file, HTML, JSON or CSV.")
                : text::tr("Upload a department's target table (YAML, CSV or an Excel xlsx, as jixiao import reads "
                           "them) to see its review and download the targets YAML and the collection workbook.")) +
         "</p>\n";
  const auto drop = [](const std::string& label, const char* name, bool required) {
    return "<label class=\"drop\">" + label + "<input type=\"file\" name=\"" + name + "\"" +
           (required ? " required=\"required\"" : "") + "/></label>\n";
  };
  const std::string busy = "<span class=\"busy-note\">" + text::tr("Working…") + "</span>";
  if (score) {
    out += "<form class=\"main\" id=\"score-form\" method=\"post\" action=\"/score" + q +
           "\" enctype=\"multipart/form-data\">\n" + drop(text::tr("Target table (targets)"), "targets", true) +
           drop(text::tr("Actuals (actuals)"), "actuals", true) +
           drop(text::tr("Review file (review, optional)"), "review", false) + "<fieldset><legend>" +
           text::tr("Policy (policy)") + "</legend><select name=\"policy\"><option value=\"\">" +
           text::tr("Built-in default policy") + "</option>" + policy_options() + "</select>\n" +
           drop(text::tr("or upload a policy YAML file"), "policy", false) + "</fieldset>\n<label>" +
           text::tr("Result format (format)") + " <select name=\"format\"><option value=\"html\">" +
           text::tr("show on the page (html)") +
           "</option><option value=\"xlsx\">xlsx</option><option value=\"json\">json</option><option value=\"csv\">csv"
           "</option><option value=\"markdown\">markdown</option></select></label>\n<p><button type=\"submit\">" +
           text::tr("Score the actuals") + "</button>" + busy + "</p>\n</form>\n";
  } else {
    out += "<form class=\"main\" id=\"targets-form\" method=\"post\" action=\"/check" + q +
           "\" enctype=\"multipart/form-data\">\n" + drop(text::tr("Target table (targets)"), "targets", true) +
           "<p><button type=\"submit\">" + text::tr("Check the target table") + "</button>" + busy + "</p>\n</form>\n";
  }
  out += result;
  out += "<footer>" + text::tr("jixiao works on this computer: the data never leaves it.") + "</footer>\n</div>\n<script>" +
         page_script + "</script>\n</body>\n</html>\n";
  return out;
}

std::string downloads_line(const std::vector<offered_download>& downloads) {
  std::string out = "<p class=\"downloads\">" + text::tr("Downloads:") + " ";
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
    if (!d.unavailable.empty()) out += "<p class=\"muted\">" + h(text::trf("{1}: {2}", d.label, d.unavailable)) + "</p>\n";
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

std::string severity_label(severity level) {
  switch (level) {
    case severity::error: return text::tr("error");
    case severity::warning: return text::tr("warning");
    default: return text::tr("note");
  }
}

}  // namespace

std::string targets_page(const std::string& result) { return page(false, result); }

std::string score_page(const std::string& result) { return page(true, result); }

std::string findings_section(const finding_list& findings, const std::vector<offered_download>& downloads) {
  std::string out = "<section class=\"result\" id=\"review\">\n<h2>" + text::tr("Review findings") + "</h2>\n" +
                    downloads_line(downloads);
  if (findings.items.empty()) return out + "<p>" + text::tr("No findings.") + "</p>\n</section>\n";
  out += "<table class=\"review\">\n<thead><tr>";
  for (const char* head : {N_("Severity"), N_("Place in the file"), N_("Project"), N_("Indicator"), N_("Finding"),
                           N_("Kind of finding")}) {
    out += "<th>" + text::tr(head) + "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const finding_entry& f : findings) {
    std::string where = f.file.str();
    if (f.line > 0) where += ":" + std::to_string(f.line) + ":" + std::to_string(f.column);
    out += std::string("<tr class=\"") + severity_name(f.level) + "\"><td>" + severity_label(f.level) + "</td><td>" +
           h(where) + "</td><td>" + h(f.project.str()) + "</td><td>" + h(f.indicator.str()) + "</td><td>" +
           h(f.message.str()) + "</td><td>" + h(f.kind.name()) + "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n</section>\n";
}

std::string report_section(const std::string& report_html, const std::vector<offered_download>& downloads) {
  const std::string style = between(report_html, "<style", "</style>");
  const std::string body = between(report_html, "<body", "</body>");
  return "<section class=\"result\" id=\"report\">\n<h2>" + text::tr("Scored report") + "</h2>\n" +
         downloads_line(downloads) + "<style>" + style + "</style>\n<div class=\"report\">" + body +
         "</div>\n</section>\n";
}

std::string error_section(const std::string& message) {
  return "<section class=\"error\" id=\"error\" role=\"alert\">\n<h2>" +
         text::tr("The uploaded files could not be processed") + "</h2>\n<pre>" + h(message) + "</pre>\n</section>\n";
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
