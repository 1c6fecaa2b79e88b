#include "app/config.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace werkpad::app {
namespace {

using Env = std::map<std::string, std::string>;

TEST(AppConfig, DefaultsAreDocumentedValues) {
  Config c;
  EXPECT_EQ(c.server.listen, "127.0.0.1:8080");
  EXPECT_EQ(c.database.url, "sqlite:data/werkpad.db");
  EXPECT_EQ(c.session.idle_minutes, 30);
  EXPECT_EQ(c.session.absolute_hours, 12);
  EXPECT_EQ(c.log.level, "info");
  EXPECT_FALSE(c.server.secure_cookies);
  EXPECT_EQ(c.server.workers, 64);
  EXPECT_TRUE(Validate(c).ok());
}

TEST(AppConfig, FileSetsOnlyTheKeysItNames) {
  Config c;
  auto st = ApplyToml(R"(
[server]
listen = "0.0.0.0:9000"
secure_cookies = true
body_limit = 2048
[session]
idle_minutes = 15
)",
                      "test.toml", c);
  ASSERT_TRUE(st.ok()) << st.error().message;
  EXPECT_EQ(c.server.listen, "0.0.0.0:9000");
  EXPECT_TRUE(c.server.secure_cookies);
  EXPECT_EQ(c.server.body_limit, 2048);
  EXPECT_EQ(c.session.idle_minutes, 15);
  EXPECT_EQ(c.session.absolute_hours, 12);  // untouched
  EXPECT_EQ(c.database.url, "sqlite:data/werkpad.db");
}

TEST(AppConfig, PrecedenceFileThenEnvironmentThenFlags) {
  Config c;
  ASSERT_TRUE(ApplyToml("[server]\nlisten = \"127.0.0.1:1111\"\nworkers = 3\n"
                        "[session]\nidle_minutes = 10\n[log]\nlevel = \"warn\"\n",
                        "file.toml", c)
                  .ok());
  ASSERT_TRUE(ApplyEnvironment({{"WERKPAD_SERVER_LISTEN", "127.0.0.1:2222"},
                                {"WERKPAD_SESSION_IDLE_MINUTES", "20"},
                                {"PATH", "/usr/bin"}},
                               c)
                  .ok());
  // A flag, as the CLI applies it.
  ASSERT_TRUE(SetValue("server", "listen", "127.0.0.1:3333", "--listen", c).ok());
  EXPECT_EQ(c.server.listen, "127.0.0.1:3333");  // flag beats env and file
  EXPECT_EQ(c.session.idle_minutes, 20);         // env beats file
  EXPECT_EQ(c.server.workers, 3);                // file beats default
  EXPECT_EQ(c.log.level, "warn");
}

TEST(AppConfig, UnknownKeyInFileIsAnErrorNamingTheKey) {
  Config c;
  auto st = ApplyToml("[server]\nlisen = \"x\"\n", "werkpad.toml", c);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_NE(st.error().message.find("werkpad.toml"), std::string::npos) << st.error().message;
  EXPECT_NE(st.error().message.find("server.lisen"), std::string::npos) << st.error().message;
  EXPECT_NE(st.error().message.find("listen"), std::string::npos);  // lists the real keys
}

TEST(AppConfig, UnknownSectionAndTopLevelValueAreErrors) {
  Config c;
  auto st = ApplyToml("[servr]\nlisten = \"x\"\n", "f.toml", c);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().message.find("[servr]"), std::string::npos) << st.error().message;
  st = ApplyToml("listen = \"127.0.0.1:1\"\n", "f.toml", c);
  ASSERT_FALSE(st.ok());
}

TEST(AppConfig, WrongTypesAndRangesAreErrors) {
  Config c;
  EXPECT_FALSE(ApplyToml("[server]\nworkers = \"four\"\n", "f", c).ok());
  EXPECT_FALSE(ApplyToml("[server]\nsecure_cookies = \"yes\"\n", "f", c).ok());
  EXPECT_FALSE(ApplyToml("[session]\nidle_minutes = 0\n", "f", c).ok());
  EXPECT_FALSE(ApplyToml("[database]\nurl = 5\n", "f", c).ok());
  EXPECT_FALSE(ApplyEnvironment({{"WERKPAD_SERVER_WORKERS", "4x"}}, c).ok());
  EXPECT_FALSE(ApplyEnvironment({{"WERKPAD_SERVER_SECURE_COOKIES", "maybe"}}, c).ok());
  EXPECT_FALSE(ApplyToml("[server]\nworkers = 0\n", "f", c).ok());
  EXPECT_EQ(c.server.workers, 64);  // nothing changed by the failures
}

TEST(AppConfig, SyntaxErrorNamesFileAndLine) {
  Config c;
  auto st = ApplyToml("[server]\nlisten = \n", "bad.toml", c);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().message.find("bad.toml:2"), std::string::npos) << st.error().message;
}

TEST(AppConfig, UnknownEnvironmentVariablesAreErrors) {
  Config c;
  auto st = ApplyEnvironment({{"WERKPAD_SERVER_LISTN", "x"}}, c);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().message.find("WERKPAD_SERVER_LISTN"), std::string::npos);
  st = ApplyEnvironment({{"WERKPAD_SERVR_LISTEN", "x"}}, c);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().message.find("WERKPAD_SERVR_LISTEN"), std::string::npos);
  st = ApplyEnvironment({{"WERKPAD_DB", "sqlite:x"}}, c);
  ASSERT_FALSE(st.ok());
}

TEST(AppConfig, ToolingVariablesAreNotSettings) {
  Config c;
  auto st = ApplyEnvironment({{"WERKPAD_BIN", "/x/werkpad"},
                              {"WERKPAD_STATIC_DIR", "web/dist"},
                              {"WERKPAD_TEST_PG", "1"}},
                             c);
  EXPECT_TRUE(st.ok()) << st.error().message;
  EXPECT_EQ(c.server.static_dir, "");
}

TEST(AppConfig, EnvironmentKeysWithUnderscores) {
  Config c;
  ASSERT_TRUE(ApplyEnvironment({{"WERKPAD_SERVER_STATIC_DIR", "/srv/ui"},
                                {"WERKPAD_DATABASE_POOL_SIZE", "3"},
                                {"WERKPAD_SESSION_ABSOLUTE_HOURS", "8"},
                                {"WERKPAD_SERVER_SECURE_COOKIES", "true"}},
                               c)
                  .ok());
  EXPECT_EQ(c.server.static_dir, "/srv/ui");
  EXPECT_EQ(c.database.pool_size, 3);
  EXPECT_EQ(c.session.absolute_hours, 8);
  EXPECT_TRUE(c.server.secure_cookies);
}

TEST(AppConfig, ValidateChecksRelations) {
  Config c;
  c.server.listen = "localhost";
  EXPECT_FALSE(Validate(c).ok());
  c = Config{};
  c.server.listen = "127.0.0.1:70000";
  EXPECT_FALSE(Validate(c).ok());
  c = Config{};
  c.database.url = "mysql://x";
  EXPECT_FALSE(Validate(c).ok());
  c = Config{};
  c.log.level = "verbose";
  EXPECT_FALSE(Validate(c).ok());
  c = Config{};
  c.session.absolute_hours = 1;
  c.session.idle_minutes = 90;
  EXPECT_FALSE(Validate(c).ok());
}

TEST(AppConfig, ParseListen) {
  auto a = ParseListen("127.0.0.1:8080");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->host, "127.0.0.1");
  EXPECT_EQ(a->port, 8080);
  auto b = ParseListen("[::1]:0");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->host, "::1");
  EXPECT_EQ(b->port, 0);
  EXPECT_FALSE(ParseListen(":80").ok());
  EXPECT_FALSE(ParseListen("host:").ok());
  EXPECT_FALSE(ParseListen("host:80a").ok());
}

TEST(AppConfig, RedactsDatabasePasswords) {
  EXPECT_EQ(RedactDatabaseUrl("postgresql://werkpad:s3cr%40t@db.example:5432/werkpad"),
            "postgresql://werkpad:***@db.example:5432/werkpad");
  EXPECT_EQ(RedactDatabaseUrl("postgresql://db/werkpad?user=w&password=geheim&sslmode=require"),
            "postgresql://db/werkpad?user=w&password=***&sslmode=require");
  EXPECT_EQ(RedactDatabaseUrl("postgresql://werkpad@db/werkpad"), "postgresql://werkpad@db/werkpad");
  EXPECT_EQ(RedactDatabaseUrl("sqlite:data/werkpad.db"), "sqlite:data/werkpad.db");
}

TEST(AppConfig, PrintedConfigIsRedactedAndReadsBackTheSame) {
  Config c;
  c.database.url = "postgresql://werkpad:topsecret@db/werkpad";
  c.server.static_dir = "/srv/\"ui\"";
  c.session.idle_minutes = 17;
  c.server.secure_cookies = true;
  std::string text = ToToml(c);
  EXPECT_EQ(text.find("topsecret"), std::string::npos) << text;
  EXPECT_NE(text.find("postgresql://werkpad:***@db/werkpad"), std::string::npos) << text;
  EXPECT_NE(text.find("# "), std::string::npos);  // documented
  Config back;
  auto st = ApplyToml(text, "printed", back);
  ASSERT_TRUE(st.ok()) << st.error().message << "\n" << text;
  EXPECT_EQ(back.server.static_dir, "/srv/\"ui\"");
  EXPECT_EQ(back.session.idle_minutes, 17);
  EXPECT_TRUE(back.server.secure_cookies);
  EXPECT_EQ(back.database.url, "postgresql://werkpad:***@db/werkpad");
}

}  // namespace
}  // namespace werkpad::app
