#include <iostream>
#include <string>
#include <vector>

#include "app/command_line.hpp"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return werkpad::app::RunCommandLine(std::move(args), {std::cout, std::cerr}, std::cin);
}
