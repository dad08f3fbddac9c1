#include "engine/serve/http_server.hpp"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <thread>
#include <vector>

#include "grammar/text/language.hpp"

namespace jixiao::engine::serve {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

class session;

struct server_state {
  server_options options;
  std::size_t body_limit = 0;
  std::atomic<std::size_t> connections{0};
  std::atomic<bool> stopping{false};
  std::mutex mutex;
  std::vector<std::weak_ptr<session>> sessions;
};

bool is_http_error(const beast::error_code& ec) {
  return ec.category() == http::make_error_code(http::error::bad_target).category();
}

class session : public std::enable_shared_from_this<session> {
 public:
  session(tcp::socket&& socket, std::shared_ptr<server_state> state)
      : stream_(std::move(socket)), buffer_(64 * 1024), state_(std::move(state)) {
    ++state_->connections;
  }
  ~session() { --state_->connections; }

  void start() { net::dispatch(stream_.get_executor(), beast::bind_front_handler(&session::read, shared_from_this())); }

  // On shutdown: a connection waiting for its next request is closed; one with a request
  // under way finishes it.
  void stop_if_idle() {
    net::post(stream_.get_executor(), [self = shared_from_this()] {
      if (self->reading_ && self->buffer_.size() == 0 && !self->parser_->got_some()) self->stream_.cancel();
    });
  }

 private:
  void read() {
    if (state_->stopping) return close();
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(state_->options.header_limit));
    parser_->body_limit(state_->body_limit);
    reading_ = true;
    stream_.expires_after(state_->options.timeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&session::on_header, shared_from_this()));
  }

  // The headers are in: a client that waits for "100 Continue" before sending its body
  // (curl does for a large upload) gets it, then the body is read.
  void on_header(beast::error_code ec, std::size_t) {
    if (ec) return on_read(ec, 0);
    if (!beast::iequals(parser_->get()[http::field::expect], "100-continue")) return read_body();
    continue_.emplace(http::status::continue_, 11);
    http::async_write(stream_, *continue_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      self->continue_.reset();
      if (ec) return self->close();
      self->read_body();
    });
  }

  void read_body() {
    http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&session::on_read, shared_from_this()));
  }

  void on_read(beast::error_code ec, std::size_t) {
    reading_ = false;
    if (ec == http::error::end_of_stream || ec == net::error::operation_aborted) return close();
    if (ec == beast::error::timeout) return close();  // the stream has closed the socket: no answer can be sent
    if (ec == http::error::body_limit) {
      return fail(http::status::payload_too_large,
                  text::trf("The upload is too large (over {1}): each file may have at most {2}.",
                            format_size(state_->body_limit), format_size(state_->options.routes.limits.max_file_size)) +
                      "\n");
    }
    if (ec == http::error::header_limit || ec == http::error::buffer_overflow) {
      return fail(http::status::request_header_fields_too_large, text::tr("The request line or headers are too long.") + "\n");
    }
    if (ec && is_http_error(ec)) return fail(http::status::bad_request, text::trf("The request is malformed (HTTP): {1}", ec.message()) + "\n");
    if (ec) return close();
    if (parser_->get().target().size() > state_->options.max_target_length) {
      return fail(http::status::uri_too_long, text::tr("The requested address is too long.") + "\n");
    }
    http_response response = handle_request(parser_->get(), state_->options.routes);
    parser_.reset();
    if (state_->stopping) response.keep_alive(false);
    write(std::move(response));
  }

  void fail(http::status status, const std::string& text) { write(plain_response(11, status, text)); }

  void write(http_response&& response) {
    response_.emplace(std::move(response));
    stream_.expires_after(state_->options.timeout);
    http::async_write(stream_, *response_,
                      beast::bind_front_handler(&session::on_write, shared_from_this(), response_->need_eof()));
  }

  void on_write(bool last, beast::error_code ec, std::size_t) {
    response_.reset();
    if (ec) return close();
    if (last || state_->stopping) return drain();
    read();
  }

  // Sends FIN, then reads and drops what the client still sends (the rest of a body
  // refused as too large) for a moment, so that it reads the answer instead of a reset.
  void drain() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(std::chrono::seconds(2));
    drain_some();
  }

  void drain_some() {
    stream_.async_read_some(net::buffer(drain_buffer_), [self = shared_from_this()](beast::error_code ec, std::size_t) {
      if (ec) return self->close();
      self->drain_some();
    });
  }

  void close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_.close();
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::shared_ptr<server_state> state_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::optional<http_response> response_;
  std::optional<http::response<http::empty_body>> continue_;
  bool reading_ = false;
  char drain_buffer_[16 * 1024];
};

class listener : public std::enable_shared_from_this<listener> {
 public:
  listener(net::io_context& ioc, tcp::acceptor&& acceptor, std::shared_ptr<server_state> state)
      : ioc_(ioc), acceptor_(std::move(acceptor)), state_(std::move(state)) {}

  void accept() {
    acceptor_.async_accept(net::make_strand(ioc_), beast::bind_front_handler(&listener::on_accept, shared_from_this()));
  }

  void stop() {
    net::post(acceptor_.get_executor(), [self = shared_from_this()] {
      beast::error_code ignored;
      self->acceptor_.close(ignored);
    });
  }

 private:
  void on_accept(beast::error_code ec, tcp::socket socket) {
    if (!acceptor_.is_open() || state_->stopping) return;
    if (!ec) {
      if (state_->connections >= state_->options.max_connections) {
        beast::error_code ignored;
        socket.close(ignored);
      } else {
        auto s = std::make_shared<session>(std::move(socket), state_);
        {
          std::lock_guard<std::mutex> lock(state_->mutex);
          auto& list = state_->sessions;
          list.erase(std::remove_if(list.begin(), list.end(), [](const auto& w) { return w.expired(); }), list.end());
          list.push_back(s);
        }
        s->start();
      }
    }
    accept();
  }

  net::io_context& ioc_;
  tcp::acceptor acceptor_;
  std::shared_ptr<server_state> state_;
};

std::string url_host(const net::ip::address& address) {
  return address.is_v6() ? "[" + address.to_string() + "]" : address.to_string();
}

}  // namespace

std::size_t body_limit(const input_limits& limits) {
  return static_cast<std::size_t>(limits.max_file_size) * 4 + 1024 * 1024;
}

int run_server(server_options options, std::ostream& out, std::ostream& err,
               const std::function<void(const std::string&)>& on_listening) {
  net::io_context ioc(options.threads);
  tcp::endpoint endpoint;
  tcp::acceptor acceptor(net::make_strand(ioc));
  try {
    const auto found = tcp::resolver(ioc).resolve(options.host, std::to_string(options.port));
    endpoint = found.begin()->endpoint();
    acceptor.open(endpoint.protocol());
    acceptor.set_option(net::socket_base::reuse_address(true));
    acceptor.bind(endpoint);
    acceptor.listen(net::socket_base::max_listen_connections);
  } catch (const boost::system::system_error& e) {
    err << text::trf("jixiao serve: cannot listen on {1}:{2}: {3}", options.host, std::to_string(options.port),
                     e.code().message())
        << "\n";
    return 2;
  }
  const unsigned short port = acceptor.local_endpoint().port();
  const std::string host = url_host(endpoint.address());
  const std::string suffix = ":" + std::to_string(port);
  options.routes.hosts = {host + suffix, "localhost" + suffix, "127.0.0.1" + suffix, "[::1]" + suffix};
  if (options.host != endpoint.address().to_string()) options.routes.hosts.push_back(options.host + suffix);
  options.routes.any_address = endpoint.address().is_unspecified();
  options.routes.port = port;
  if (port == 80) {
    for (std::size_t i = 0, n = options.routes.hosts.size(); i < n; ++i) {
      options.routes.hosts.push_back(options.routes.hosts[i].substr(0, options.routes.hosts[i].size() - suffix.size()));
    }
  }

  auto state = std::make_shared<server_state>();
  state->options = options;
  state->body_limit = body_limit(options.routes.limits);
  auto server = std::make_shared<listener>(ioc, std::move(acceptor), state);
  server->accept();

  net::signal_set signals(ioc, SIGINT, SIGTERM);
  signals.async_wait([&](const beast::error_code& ec, int) {
    if (ec) return;
    state->stopping = true;
    server->stop();
    std::lock_guard<std::mutex> lock(state->mutex);
    for (const auto& weak : state->sessions) {
      if (auto s = weak.lock()) s->stop_if_idle();
    }
  });

  const std::string url = "http://" + host + suffix + "/";
  out << "jixiao serve: " << url << std::endl;
  if (!endpoint.address().is_loopback()) {
    err << text::trf("jixiao serve: warning: listening on {1}: the page has no login, any computer that can reach it "
                     "can open it and upload files",
                     host)
        << "\n";
  }
  if (on_listening) on_listening(url);

  std::vector<std::thread> pool;
  for (int i = 1; i < options.threads; ++i) pool.emplace_back([&ioc] { ioc.run(); });
  ioc.run();
  for (auto& t : pool) t.join();
  err << text::tr("jixiao serve: stopped") << "\n";
  return 0;
}

}  // namespace jixiao::engine::serve
