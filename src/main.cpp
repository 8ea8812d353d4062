#include <iostream>

#include "cli.hpp"

int main(int argc, char** argv) { return static_cast<int>(coopstat::run(argc, argv, std::cout, std::cerr)); }
