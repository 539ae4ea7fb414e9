from benchmarks.corpus3.build import main

main()
