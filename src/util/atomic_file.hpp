#pragma once
// Creating a file that did not exist, all at once: readers see either no file or the
// whole content, and an existing file is never replaced.
#include <filesystem>
#include <string_view>

namespace mirage::fsutil {

enum class CreateResult { created, exists };

// Writes `content` to a new file at `path`: first to a temporary file in the same
// directory, created exclusively (O_EXCL) and flushed to disk, then linked to `path`
// with link(2), which fails instead of replacing a file that is there (falling back to
// renameat2(RENAME_NOREPLACE) on file systems without hard links). Returns `exists`,
// and leaves everything as it was, when `path` already exists. Throws
// std::filesystem::filesystem_error on any other failure (no such directory, no
// permission, disk full); the temporary file is removed in every case.
CreateResult create_file_exclusive(const std::filesystem::path& path, std::string_view content);

}  // namespace mirage::fsutil
