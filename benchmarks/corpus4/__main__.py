from benchmarks.corpus4.build import main

main()
