#pragma once
// staffplan-cli: the headless front end of the same core the GUI uses.
// Exit codes (a public contract): 0 ok, 2 bad arguments (the message names the argument), 1 any other error.

#include <QStringList>

namespace staffplan::cli {

enum ExitCode { Ok = 0, OtherError = 1, BadArguments = 2 };

/// Runs one command line (args[0] is the program name).
int run(const QStringList& args);

} // namespace staffplan::cli
