#pragma once
// The data as it is at a git revision or in the working tree, loaded through the same
// pipeline as `mirage validate` (files read from git objects, never from the working tree,
// for a revision).
#include <string>
#include <vector>

#include "git/repository.hpp"
#include "load/discover.hpp"
#include "pipeline/pipeline.hpp"

namespace mirage::diff {

// Where the data directory sits in its git repository.
struct Location {
  git::Repository repo;
  load::DataDir dir;   // the data directory on disk
  std::string folder;  // its path relative to the repository root, with '/' ("data")
};

// The repository of the data directory. Throws InputError when it is in none.
Location locate(load::DataDir dir);

struct Snapshot {
  std::string name;  // "HEAD", "origin/main", "working tree"
  pipeline::Loaded loaded;
  std::vector<std::string> unreadable;  // files whose YAML could not be read: left out
  std::size_t errors = 0;               // every error the data has at this version
};

// The data at `rev`. A revision without the data folder has no records. File names are
// shown relative to the repository root, as git shows them.
Snapshot at_revision(const Location& where, const std::string& rev, const pipeline::Options& options);

// The data directory as it is on disk, files not yet added to git included.
Snapshot in_working_tree(const Location& where, const pipeline::Options& options);

}  // namespace mirage::diff
