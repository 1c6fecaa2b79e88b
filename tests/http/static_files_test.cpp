#include "http/static_files.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace werkpad::http {
namespace {

namespace fs = std::filesystem;

class HttpStaticFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() /
            ("werkpad_static_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(base_);
    fs::create_directories(base_ / "dist" / "assets");
    Write(base_ / "dist" / "index.html", "<!doctype html><title>werkpad</title>");
    Write(base_ / "dist" / "assets" / "app-1234.js", "console.log(1)");
    Write(base_ / "dist" / "assets" / "style.css", "body{}");
    Write(base_ / "dist" / ".env", "SECRET=1");
    Write(base_ / "secret.txt", "outside");
    fs::create_symlink(base_ / "secret.txt", base_ / "dist" / "link.txt");
  }
  void TearDown() override { fs::remove_all(base_); }
  static void Write(const fs::path& p, std::string_view text) { std::ofstream(p) << text; }

  fs::path base_;
};

TEST_F(HttpStaticFiles, ServesFilesWithContentTypes) {
  StaticFiles files(base_ / "dist");
  Response js = files.Serve("/assets/app-1234.js");
  EXPECT_EQ(js.status, 200);
  EXPECT_EQ(js.body, "console.log(1)");
  EXPECT_EQ(js.content_type, "text/javascript; charset=utf-8");
  ASSERT_NE(js.FindHeader("Cache-Control"), nullptr);
  EXPECT_NE(js.FindHeader("Cache-Control")->find("immutable"), std::string::npos);
  EXPECT_EQ(files.Serve("/assets/style.css").content_type, "text/css; charset=utf-8");
  Response index = files.Serve("/index.html");
  EXPECT_EQ(index.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(*index.FindHeader("Cache-Control"), "no-cache");
}

TEST_F(HttpStaticFiles, UnknownPathsFallBackToIndex) {
  StaticFiles files(base_ / "dist");
  for (std::string_view path : {"/", "/revalidanten/12", "/admin/users", "/assets/"}) {
    Response r = files.Serve(path);
    EXPECT_EQ(r.status, 200) << path;
    EXPECT_EQ(r.body, "<!doctype html><title>werkpad</title>") << path;
  }
}

TEST_F(HttpStaticFiles, TraversalIsRefused) {
  StaticFiles files(base_ / "dist");
  for (std::string_view path : {"/../secret.txt", "/assets/../../secret.txt", "/..", "/./index.html",
                                "/assets\\..\\..\\secret.txt", "/.env", "relative.txt", ""}) {
    EXPECT_FALSE(files.Resolve(path).has_value()) << path;
    Response r = files.Serve(path);
    EXPECT_EQ(r.status, 404) << path;
    EXPECT_EQ(r.body.find("outside"), std::string::npos);
  }
}

TEST_F(HttpStaticFiles, SymlinkLeavingTheRootIsRefused) {
  StaticFiles files(base_ / "dist");
  EXPECT_FALSE(files.Resolve("/link.txt").has_value());
  EXPECT_EQ(files.Serve("/link.txt").body.find("outside"), std::string::npos);
}

TEST_F(HttpStaticFiles, ResolveStaysInsideRoot) {
  StaticFiles files(base_ / "dist");
  auto p = files.Resolve("/assets/app-1234.js");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(*p, fs::canonical(base_ / "dist" / "assets" / "app-1234.js"));
}

TEST_F(HttpStaticFiles, MissingRootAnswers404) {
  StaticFiles files(base_ / "nope");
  EXPECT_EQ(files.Serve("/").status, 404);
  EXPECT_EQ(files.Serve("/x").status, 404);
}

TEST(HttpContentType, KnownAndUnknownExtensions) {
  EXPECT_EQ(ContentTypeFor("a/b.SVG"), "image/svg+xml");
  EXPECT_EQ(ContentTypeFor("x.woff2"), "font/woff2");
  EXPECT_EQ(ContentTypeFor("x.json"), "application/json");
  EXPECT_EQ(ContentTypeFor("x"), "application/octet-stream");
  EXPECT_EQ(ContentTypeFor("x.exe"), "application/octet-stream");
}

}  // namespace
}  // namespace werkpad::http
