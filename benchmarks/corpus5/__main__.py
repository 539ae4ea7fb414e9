from benchmarks.corpus5.build import main

main()
