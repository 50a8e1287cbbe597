// Runs the fuzz target once over each file given, or over each file in each
// directory given, without libFuzzer. This lets compilers without libFuzzer
// (GCC) run the seed corpus and saved crash inputs as a regression test.
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

bool runFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "fuzz replay: failed to read %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size()));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "Usage: %s FILE_OR_DIRECTORY...\n", argv[0]);
        std::fprintf(stderr, "Runs the fuzz target once on each file, or on each file in each directory.\n");
        return 2;
    }
    // The paths are read before LLVMFuzzerInitialize, which creates the QCoreApplication.
    QStringList paths;
    for (int i = 1; i < argc; ++i)
        paths << QString::fromLocal8Bit(argv[i]);
    LLVMFuzzerInitialize(&argc, &argv);

    int inputs = 0;
    for (const QString &path : std::as_const(paths)) {
        const QFileInfo info(path);
        if (!info.exists()) {
            std::fprintf(stderr, "fuzz replay: %s does not exist\n", qPrintable(path));
            return 1;
        }
        QStringList files;
        if (info.isDir()) {
            const QDir directory(path);
            for (const QString &name : directory.entryList(QDir::Files, QDir::Name))
                files << directory.filePath(name);
        } else {
            files << path;
        }
        for (const QString &file : std::as_const(files)) {
            if (!runFile(file))
                return 1;
            ++inputs;
        }
    }
    if (inputs == 0) {
        std::fprintf(stderr, "fuzz replay: no input files found\n");
        return 1;
    }
    std::printf("fuzz replay: %d inputs ran without a failure\n", inputs);
    return 0;
}
