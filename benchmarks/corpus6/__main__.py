from benchmarks.corpus6.build import main

main()
