#include "cli/app.hpp"

int main(int argc, char** argv) { return mirage::cli::main(argc, argv); }
